/**
 * Shoelace area of a floor outline: positive when the points run counter-clockwise with x to the
 * right and z up. Here, beside the scene schema that checks an outline's winding with it, so the
 * schemas stay the bottom of the tree (the floor-plan maths in src/content/scenes/ imports it).
 */
export function signedArea(points: readonly (readonly [number, number])[]): number {
  let sum = 0;
  points.forEach((p, i) => {
    const q = points[(i + 1) % points.length] ?? p;
    sum += p[0] * q[1] - q[0] * p[1];
  });
  return sum / 2;
}
