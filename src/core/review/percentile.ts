/**
 * The p-th percentile of ascending `sorted` values with linear interpolation between closest ranks,
 * as Excel's PERCENTILE.INC / MEDIAN compute it, so a manager can check the figure in a cell.
 * Null for no values.
 */
export function percentileInc(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = (sorted.length - 1) * p;
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const a = sorted[low] ?? 0;
  const b = sorted[high] ?? a;
  return a + (b - a) * (rank - low);
}
