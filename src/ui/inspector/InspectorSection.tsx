// One inspector section: a region named by its heading, with an optional context line (where the
// item sits, how many are selected) under the heading, then the section's own fields.
import type { ReactNode } from 'react';

export function InspectorSection({
  headingId,
  heading,
  context,
  contextLive = false,
  className,
  children,
}: {
  /** The heading's id, which names the section. */
  headingId: string;
  heading: ReactNode;
  /** The line under the heading; omitted, there is none. */
  context?: ReactNode;
  /** Set when the context line changes while the section stays open, so it is announced. */
  contextLive?: boolean;
  /** Classes added to `inspector__section`. */
  className?: string;
  children?: ReactNode;
}) {
  return (
    <section
      className={className ? `inspector__section ${className}` : 'inspector__section'}
      aria-labelledby={headingId}
    >
      <h3 className="inspector__heading" id={headingId}>
        {heading}
      </h3>
      {context !== undefined && (
        <p className="inspector__context" aria-live={contextLive ? 'polite' : undefined}>
          {context}
        </p>
      )}
      {children}
    </section>
  );
}
