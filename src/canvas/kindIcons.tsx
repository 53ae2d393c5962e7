// Small line drawings for the map's dock: one per card kind for the compact card palette (the
// kind's name is its label), and LineIcon for any other path.
import type { CardKind } from '../model';

const PATHS: Record<CardKind, string> = {
  // A sheet with lines of text.
  note: 'M5 3h10v14H5z M8 7h4 M8 10h4 M8 13h3',
  // A target: where the customer meets the brand.
  touchpoint: 'M10 3a7 7 0 1 0 0.01 0z M10 7a3 3 0 1 0 0.01 0z',
  // A warning triangle.
  painPoint: 'M10 3l8 14H2z M10 8v4 M10 14.5v0.5',
  // A rising arrow.
  opportunity: 'M3 16l5-5 3 3 6-7 M12 7h5v5',
  // A star.
  momentOfTruth: 'M10 2.5l2.3 4.9 5.2.6-3.9 3.6 1.1 5.2L10 14.2l-4.7 2.6 1.1-5.2L2.5 8l5.2-.6z',
  // A smile.
  emotion: 'M10 3a7 7 0 1 0 0.01 0z M7 12c1.5 1.8 4.5 1.8 6 0 M7.5 8v0.5 M12.5 8v0.5',
};

/** A 20 px drawing of `d` in the current colour, hidden from screen readers. */
export function LineIcon({ d, className }: { d: string; className?: string }) {
  return (
    <svg className={className} viewBox="0 0 20 20" width="20" height="20" aria-hidden="true">
      <path
        d={d}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

export function KindIcon({ kind }: { kind: CardKind }) {
  return <LineIcon className="kind-icon" d={PATHS[kind]} />;
}
