import type { ReactNode } from 'react';

/**
 * A chart as assistive technology meets it: one image named for what it
 * shows. Left alone, Recharts exposes an unnamed `application` whose content
 * is its axis ticks; the numbers are read, and opened, from the card's data
 * table or legend instead. The chart inside is hidden from the accessibility
 * tree, so it must not be focusable either: charts in here are rendered with
 * `accessibilityLayer={false}`.
 */
export function ChartFigure({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="img" aria-label={label}>
      <div aria-hidden>{children}</div>
    </div>
  );
}
