import type { Ring } from './clip.ts';

function squaredSegmentDistance(p: [number, number], a: [number, number], b: [number, number]): number {
  let [x, y] = a;
  let dx = b[0] - x;
  let dy = b[1] - y;
  if (dx !== 0 || dy !== 0) {
    const t = ((p[0] - x) * dx + (p[1] - y) * dy) / (dx * dx + dy * dy);
    if (t > 1) [x, y] = b;
    else if (t > 0) {
      x += dx * t;
      y += dy * t;
    }
  }
  dx = p[0] - x;
  dy = p[1] - y;
  return dx * dx + dy * dy;
}

/**
 * Douglas–Peucker on a closed ring: keeps the points that move the outline by more than `tolerance`
 * (in degrees). Iterative, so a coastline of 100,000 points cannot overflow the stack.
 */
export function simplifyRing(ring: Ring, tolerance: number): Ring {
  if (ring.length <= 4) return ring;
  const closed = [...ring, ring[0]!];
  const keep = new Uint8Array(closed.length);
  keep[0] = 1;
  keep[closed.length - 1] = 1;
  const squared = tolerance * tolerance;
  // A closed ring's two ends are the same point, so split it at its farthest point first.
  let far = 1;
  let farDistance = -1;
  for (let i = 1; i < closed.length - 1; i++) {
    const dx = closed[i]![0] - closed[0]![0];
    const dy = closed[i]![1] - closed[0]![1];
    if (dx * dx + dy * dy > farDistance) {
      farDistance = dx * dx + dy * dy;
      far = i;
    }
  }
  keep[far] = 1;
  const stack: [number, number][] = [
    [0, far],
    [far, closed.length - 1],
  ];
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    let index = -1;
    let max = squared;
    for (let i = first + 1; i < last; i++) {
      const d = squaredSegmentDistance(closed[i]!, closed[first]!, closed[last]!);
      if (d > max) {
        max = d;
        index = i;
      }
    }
    if (index !== -1) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  const out = closed.filter((_, i) => keep[i] === 1);
  out.pop();
  return out;
}
