import { describe, expect, it } from 'vitest';
import { chooseUnit, plinthTranslation, recordedHeight, upAxisRotation } from './placement.ts';

describe('placing a scan', () => {
  it('reads the unit from the exhibit height when the file has none', () => {
    // A 25.3 cm vase written in millimetres is 253 units tall.
    expect(chooseUnit(undefined, false, 253, 0.253)).toBe('mm');
    expect(chooseUnit(undefined, false, 25.3, 0.253)).toBe('cm');
    expect(chooseUnit(undefined, false, 10, 0.254)).toBe('in');
  });
  it('keeps metres for glTF and the unit said on the command line', () => {
    expect(chooseUnit(undefined, true, 0.25, 0.253)).toBe('m');
    expect(chooseUnit(undefined, true, 0.05, 0.253)).toBe('m');
    expect(chooseUnit('cm', false, 253, 0.253)).toBe('cm');
  });
  it('takes a glTF written in millimetres for what it is', () => {
    expect(chooseUnit(undefined, true, 253, 0.253)).toBe('mm');
  });
  it('guesses millimetres for an object taller than a room when nothing else is known', () => {
    expect(chooseUnit(undefined, false, 400)).toBe('mm');
    expect(chooseUnit(undefined, false, 1.2)).toBe('m');
  });
  it('sits the object on its plinth, centred', () => {
    expect(plinthTranslation({ min: [1, -2, 3], max: [3, 5, 7] })).toEqual([-2, 2, -5]);
  });
  it('turns Z-up into Y-up', () => {
    expect(upAxisRotation('y')).toEqual([0, 0, 0, 1]);
    const [x, , , w] = upAxisRotation('z');
    expect(x).toBeCloseTo(-Math.SQRT1_2);
    expect(w).toBeCloseTo(Math.SQRT1_2);
  });
  it('reads the recorded height, ranges as their middle', () => {
    expect(recordedHeight('H 25.3 cm · 1 kg')).toBeCloseTo(0.253);
    expect(recordedHeight('H 30–40 cm')).toBeCloseTo(0.35);
    expect(recordedHeight('L ≈ 20 m')).toBeUndefined();
  });
});
