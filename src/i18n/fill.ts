// Filling {{name}} placeholders in catalogue strings, where a translation hook is too heavy (a
// thousand canvas nodes) or not there at all (exporters, which run outside React).
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  );
}
