/** A ring of [lon, lat] positions; the first position is not repeated at the end. */
export type Ring = [number, number][];

export interface Box {
  south: number;
  west: number;
  north: number;
  east: number;
}

type Edge = {
  inside: (p: [number, number]) => boolean;
  cut: (a: [number, number], b: [number, number]) => [number, number];
};

const at = (a: [number, number], b: [number, number], t: number): [number, number] => [
  a[0] + (b[0] - a[0]) * t,
  a[1] + (b[1] - a[1]) * t,
];

function edgesOf(box: Box): Edge[] {
  return [
    { inside: (p) => p[0] >= box.west, cut: (a, b) => at(a, b, (box.west - a[0]) / (b[0] - a[0])) },
    { inside: (p) => p[0] <= box.east, cut: (a, b) => at(a, b, (box.east - a[0]) / (b[0] - a[0])) },
    { inside: (p) => p[1] >= box.south, cut: (a, b) => at(a, b, (box.south - a[1]) / (b[1] - a[1])) },
    { inside: (p) => p[1] <= box.north, cut: (a, b) => at(a, b, (box.north - a[1]) / (b[1] - a[1])) },
  ];
}

/**
 * A polygon ring cut to a rectangle (Sutherland–Hodgman). A ring that leaves the box and comes back
 * keeps a seam along the box's edge, which a filled basemap never shows. Returns [] when nothing is left.
 */
export function clipRing(ring: Ring, box: Box): Ring {
  let output = ring;
  for (const edge of edgesOf(box)) {
    const input = output;
    output = [];
    for (let i = 0; i < input.length; i++) {
      const current = input[i]!;
      const previous = input[(i + input.length - 1) % input.length]!;
      const currentIn = edge.inside(current);
      if (currentIn !== edge.inside(previous)) output.push(edge.cut(previous, current));
      if (currentIn) output.push(current);
    }
    if (output.length === 0) return [];
  }
  return output.length >= 3 ? output : [];
}

/** Whether a ring's bounding box overlaps the box at all: most of the world is skipped by this alone. */
export function ringTouches(ring: Ring, box: Box): boolean {
  let west = Infinity;
  let east = -Infinity;
  let south = Infinity;
  let north = -Infinity;
  for (const [lon, lat] of ring) {
    if (lon < west) west = lon;
    if (lon > east) east = lon;
    if (lat < south) south = lat;
    if (lat > north) north = lat;
  }
  return west <= box.east && east >= box.west && south <= box.north && north >= box.south;
}
