import { describe, expect, it } from 'vitest';
import { dimensionMismatches, parseDimensions } from './dimensions.ts';

describe('parseDimensions', () => {
  it('reads height and diameter in centimetres and skips the weight', () => {
    expect(parseDimensions('H 31 cm · Ø 40 cm · 12.7 kg')).toEqual([
      { kind: 'height', min: 0.31, max: 0.31, approximate: false },
      { kind: 'diameter', min: 0.4, max: 0.4, approximate: false },
    ]);
  });

  it('reads a range, an approximate length and a length × width × height box', () => {
    expect(parseDimensions('Ø 42.5–43.5 cm')[0]).toMatchObject({ min: 0.425, max: 0.435 });
    expect(parseDimensions('L ≈ 20 m')).toEqual([{ kind: 'length', min: 20, max: 20, approximate: true }]);
    expect(parseDimensions('3.6 × 2.8 × 2.2 m · ≈ 28 t').map((m) => [m.kind, m.min])).toEqual([
      ['length', 3.6],
      ['width', 2.8],
      ['height', 2.2],
    ]);
  });

  it('returns nothing for text it does not know', () => {
    expect(parseDimensions('about the size of a hand')).toEqual([]);
  });
});

describe('dimensionMismatches', () => {
  const measured = parseDimensions('H 31 cm · Ø 40 cm');

  it('accepts a model of the stated size', () => {
    expect(dimensionMismatches({ min: [-0.2, 0, -0.2], max: [0.2, 0.31, 0.2] }, measured)).toEqual([]);
  });

  it('names the measurement a model gets wrong', () => {
    expect(dimensionMismatches({ min: [-0.2, 0, -0.2], max: [0.2, 0.4, 0.2] }, measured)).toEqual([
      'height: model is 0.400 m, expected 0.31 m',
    ]);
  });
});
