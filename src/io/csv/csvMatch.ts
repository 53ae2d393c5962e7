// How CSV import compares what a person typed with what Parcours knows: names of stages, lanes
// and personas ignore case, accents and spacing; fixed values (kinds, channels, column ids) also
// ignore spaces, hyphens and underscores, so "Pain point", "pain_point" and "painPoint" agree.

function withoutAccents(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '');
}

/** The key a stage, lane or persona name is matched by. */
export function nameKey(value: string): string {
  return withoutAccents(value).toLowerCase().trim().replace(/\s+/g, ' ');
}

/** The key a fixed value (kind, channel, level, column id) is matched by. */
export function valueKey(value: string): string {
  return withoutAccents(value)
    .toLowerCase()
    .replace(/[\s_-]+/g, '');
}

/** Finds the fixed value a cell names, or undefined. */
export function matchValue<T extends string>(values: readonly T[], cell: string): T | undefined {
  const key = valueKey(cell);
  return values.find((value) => valueKey(value) === key);
}
