// How long the map's camera glides. Every animated pan or zoom asks here, so a person who told the
// system they prefer reduced motion gets an instant move everywhere: zoom buttons, fits, the
// double-click that zooms in to read, and present mode's glide from stage to stage.

function prefersReducedMotion(): boolean {
  return globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/** `ms`, or 0 when the person prefers reduced motion. Read at each move: the setting can change. */
export function glideMs(ms: number): number {
  return prefersReducedMotion() ? 0 : ms;
}
