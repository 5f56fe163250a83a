/** One measurement at one collection size. */
export type GrowthPoint = { size: number; value: number };

/**
 * How a measurement grows with the collection: the least-squares line through the points, how well a
 * line explains them (r², 1 = perfectly linear), and the ratio of the largest to the smallest value
 * beside the ratio of their sizes (equal ratios = proportional growth; a much larger value ratio
 * means worse than linear).
 */
export function growthOf(points: readonly GrowthPoint[]): {
  slope: number;
  intercept: number;
  r2: number;
  sizeRatio: number;
  valueRatio: number;
} {
  if (points.length < 2) throw new Error('growth needs at least two measurements');
  const n = points.length;
  const meanX = points.reduce((s, p) => s + p.size, 0) / n;
  const meanY = points.reduce((s, p) => s + p.value, 0) / n;
  const sxx = points.reduce((s, p) => s + (p.size - meanX) ** 2, 0);
  const sxy = points.reduce((s, p) => s + (p.size - meanX) * (p.value - meanY), 0);
  const syy = points.reduce((s, p) => s + (p.value - meanY) ** 2, 0);
  const slope = sxx === 0 ? 0 : sxy / sxx;
  const intercept = meanY - slope * meanX;
  const r2 = syy === 0 ? 1 : (sxy * sxy) / (sxx * syy);
  const sorted = [...points].sort((a, b) => a.size - b.size);
  const first = sorted[0]!;
  const last = sorted[n - 1]!;
  return {
    slope,
    intercept,
    r2,
    sizeRatio: last.size / first.size,
    valueRatio: first.value === 0 ? Number.POSITIVE_INFINITY : last.value / first.value,
  };
}
