/**
 * The y-axis of a chart of cases: whole numbers only (a quarter of a case is
 * nonsense), and no more ticks than whole numbers up to the tallest bar, so a
 * tallest bar of 1 reads 0 and 1 rather than 0 to 4 with the bar at a quarter.
 */
export function countAxis(tallest: number): { allowDecimals: false; tickCount: number } {
  return { allowDecimals: false, tickCount: Math.min(5, Math.max(1, tallest) + 1) };
}
