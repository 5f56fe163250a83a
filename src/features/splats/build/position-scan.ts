/**
 * Counts splats whose position is not a finite number (NaN or ±Infinity), which a failed training
 * run or a damaged export leaves behind. Pure: it is handed rows of a PLY, block by block, and keeps
 * a running tally, so a 2M-splat file is scanned without holding it in memory.
 */
export interface PositionTally {
  scanned: number;
  nonFinite: number;
  firstBad?: number;
}

export function tallyPositions(
  tally: PositionTally,
  rows: Uint8Array,
  stride: number,
  offsets: readonly [number, number, number],
): PositionTally {
  const view = new DataView(rows.buffer, rows.byteOffset, rows.byteLength);
  const whole = Math.floor(rows.byteLength / stride);
  let { scanned, nonFinite, firstBad } = tally;
  for (let i = 0; i < whole; i++) {
    const base = i * stride;
    if (
      !Number.isFinite(view.getFloat32(base + offsets[0], true)) ||
      !Number.isFinite(view.getFloat32(base + offsets[1], true)) ||
      !Number.isFinite(view.getFloat32(base + offsets[2], true))
    ) {
      nonFinite++;
      firstBad ??= scanned + i;
    }
  }
  scanned += whole;
  return firstBad === undefined ? { scanned, nonFinite } : { scanned, nonFinite, firstBad };
}
