import type { Bounds } from './mesh-data.ts';

/** One measurement read from an exhibit's `dimensions` field, in metres. */
export interface Measurement {
  kind: 'height' | 'diameter' | 'length' | 'width';
  min: number;
  max: number;
  /** Written with "≈": checked more loosely. */
  approximate: boolean;
}

const UNITS: Record<string, number> = { mm: 0.001, cm: 0.01, m: 1 };
const NUMBER = String.raw`(\d+(?:\.\d+)?)`;
const RANGE = String.raw`${NUMBER}(?:\s*[–-]\s*${NUMBER})?`;
const UNIT = String.raw`\s*(mm|cm|m)`;
const LABELLED = new RegExp(String.raw`^(H|Ø|L|W)\s*(≈\s*)?${RANGE}${UNIT}$`);
const BOX = new RegExp(String.raw`^(≈\s*)?${NUMBER}\s*×\s*${NUMBER}\s*×\s*${NUMBER}${UNIT}$`);
const KINDS = { H: 'height', Ø: 'diameter', L: 'length', W: 'width' } as const;

/**
 * Reads the sizes in a `dimensions` field such as "H 31 cm · Ø 40 cm · 12.7 kg", "L ≈ 20 m" or
 * "3.6 × 2.8 × 2.2 m · ≈ 28 t" (length × width × height). Weights and anything unknown are skipped.
 */
export function parseDimensions(text: string): Measurement[] {
  const out: Measurement[] = [];
  for (const piece of text.split('·').map((p) => p.trim())) {
    const labelled = LABELLED.exec(piece);
    if (labelled) {
      const [, label, approx, from, to, unit] = labelled;
      const scale = UNITS[unit!]!;
      const kind = KINDS[label as keyof typeof KINDS];
      out.push({ kind, min: Number(from) * scale, max: Number(to ?? from) * scale, approximate: Boolean(approx) });
      continue;
    }
    const box = BOX.exec(piece);
    if (box) {
      const [, approx, length, width, height, unit] = box;
      const scale = UNITS[unit!]!;
      const approximate = Boolean(approx);
      for (const [kind, value] of [
        ['length', length],
        ['width', width],
        ['height', height],
      ] as const) {
        out.push({ kind, min: Number(value) * scale, max: Number(value) * scale, approximate });
      }
    }
  }
  return out;
}

/**
 * What disagrees between a model's measured bounds and the exhibit's dimensions: height is y, length
 * x, width z, and a diameter the larger of x and z. Allowed: 3 % (10 % for "≈"), plus any range given.
 */
export function dimensionMismatches(bounds: Bounds, measurements: readonly Measurement[]): string[] {
  const size = [0, 1, 2].map((a) => bounds.max[a]! - bounds.min[a]!);
  const actual = { height: size[1]!, length: size[0]!, width: size[2]!, diameter: Math.max(size[0]!, size[2]!) };
  const problems: string[] = [];
  for (const m of measurements) {
    const tolerance = m.approximate ? 0.1 : 0.03;
    const value = actual[m.kind];
    if (value < m.min * (1 - tolerance) || value > m.max * (1 + tolerance)) {
      const expected = m.min === m.max ? `${m.min} m` : `${m.min}–${m.max} m`;
      problems.push(`${m.kind}: model is ${value.toFixed(3)} m, expected ${m.approximate ? '≈ ' : ''}${expected}`);
    }
  }
  return problems;
}
