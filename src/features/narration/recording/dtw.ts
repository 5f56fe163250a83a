/**
 * Dynamic time warping between two sequences: the monotonic path of (i, j) pairs, from (0, 0) to the last
 * pair, with the least total cost, taking steps of one in i, in j, or in both. No package on npm for
 * this is both maintained and typed; the algorithm fits on a screen. Memory is one float per cell.
 */
export interface WarpPath {
  /** For each step, the index in the first and in the second sequence. */
  i: Int32Array;
  j: Int32Array;
  /** Mean cost of a step along the path. */
  meanCost: number;
}

/**
 * `band` limits the search to pairs within that many steps of the straight line from (0, 0) to the last
 * pair (a Sakoe–Chiba band): memory and time grow with n × band instead of n × m, and a recording is
 * never warped further from its text than a narrator's pauses could move it.
 */
export function dtw(n: number, m: number, cost: (i: number, j: number) => number, band = m): WarpPath {
  if (n === 0 || m === 0) throw new Error('dtw: an empty sequence');
  const slope = n > 1 ? (m - 1) / (n - 1) : 0;
  const width = Math.min(m, 2 * Math.ceil(band) + 1);
  const low = (i: number) => Math.max(0, Math.min(m - width, Math.round(i * slope) - Math.ceil(band)));
  const total = new Float32Array(n * width).fill(Number.POSITIVE_INFINITY);
  const at = (i: number, j: number) => {
    const k = j - low(i);
    return i < 0 || j < 0 || k < 0 || k >= width ? Number.POSITIVE_INFINITY : (total[i * width + k] as number);
  };
  for (let i = 0; i < n; i++) {
    const from = low(i);
    for (let j = from; j < from + width; j++) {
      const c = cost(i, j);
      const best = i === 0 && j === 0 ? 0 : Math.min(at(i - 1, j - 1), at(i - 1, j), at(i, j - 1));
      total[i * width + j - from] = c + best;
    }
  }
  const pathI: number[] = [];
  const pathJ: number[] = [];
  let i = n - 1;
  let j = m - 1;
  for (;;) {
    pathI.push(i);
    pathJ.push(j);
    if (i === 0 && j === 0) break;
    const diagonal = at(i - 1, j - 1);
    const up = at(i - 1, j);
    const left = at(i, j - 1);
    if (diagonal <= up && diagonal <= left) {
      i--;
      j--;
    } else if (up <= left) i--;
    else j--;
  }
  pathI.reverse();
  pathJ.reverse();
  return { i: Int32Array.from(pathI), j: Int32Array.from(pathJ), meanCost: at(n - 1, m - 1) / pathI.length };
}

/** The first index in the second sequence that the path pairs with index `i` of the first. */
export function firstMatch(path: WarpPath, i: number): number {
  for (let k = 0; k < path.i.length; k++) if ((path.i[k] as number) >= i) return path.j[k] as number;
  return path.j[path.j.length - 1] as number;
}
