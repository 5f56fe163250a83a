/** Metres per unit of the units a capture may be written in. */
export const UNIT_METRES = { mm: 0.001, cm: 0.01, m: 1, in: 0.0254 } as const;
export type Unit = keyof typeof UNIT_METRES;

export interface Box {
  min: [number, number, number];
  max: [number, number, number];
}

/**
 * The unit a file was written in. Said on the command line: that. glTF: metres (the format says so),
 * unless that makes the object ten times off its recorded height.
 * OBJ and PLY carry no unit: the one that makes the object's height closest to the exhibit's
 * recorded height (its `dimensions`), else metres unless that makes it taller than a room (20 m),
 * when millimetres — the usual export unit of capture tools.
 */
export function chooseUnit(declared: Unit | undefined, gltf: boolean, height: number, expected?: number): Unit {
  if (declared) return declared;
  const off = (u: Unit) => Math.abs(Math.log((height * UNIT_METRES[u]) / (expected ?? 1)));
  // glTF is in metres by its specification, but some capture tools write millimetres anyway: only
  // ten times off the recorded height or more is taken as another unit.
  if (gltf && (!expected || off('m') < Math.log(10))) return 'm';
  if (expected && height > 0)
    return (Object.keys(UNIT_METRES) as Unit[]).reduce((best, u) => (off(u) < off(best) ? u : best));
  return height > 20 ? 'mm' : 'm';
}

/** Quaternion turning a Z-up file into glTF's Y-up (−90° about X), or none. */
export function upAxisRotation(up: 'y' | 'z'): [number, number, number, number] {
  return up === 'z' ? [-Math.SQRT1_2, 0, 0, Math.SQRT1_2] : [0, 0, 0, 1];
}

/** The translation that sits a box on its plinth: its lowest point at y = 0, centred over x = z = 0. */
export function plinthTranslation(box: Box): [number, number, number] {
  const centre = (a: 0 | 2) => (box.min[a] + box.max[a]) / 2;
  return [-centre(0) || 0, -box.min[1] || 0, -centre(2) || 0];
}

/** The exhibit's recorded height in metres, from a `dimensions` text such as "H 25.3 cm · 1 kg". */
export function recordedHeight(dimensions: string | undefined): number | undefined {
  const match = /\bH\s*≈?\s*(\d+(?:\.\d+)?)(?:\s*[–-]\s*(\d+(?:\.\d+)?))?\s*(mm|cm|m)\b/.exec(dimensions ?? '');
  if (!match) return undefined;
  const [, from, to, unit] = match;
  const metres = { mm: 0.001, cm: 0.01, m: 1 }[unit as 'mm' | 'cm' | 'm'];
  return ((Number(from) + Number(to ?? from)) / 2) * metres;
}
