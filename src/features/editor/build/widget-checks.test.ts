import { describe, expect, it } from 'vitest';
import { coordinatesSchema } from '../../../content/schemas/common.ts';
import { openingHoursSchema } from '../../../content/schemas/opening-hours.ts';
import { coordinatesProblem, fillVars, openingHoursWidgetProblem, verifiedOnProblem } from './widget-checks.ts';

const bounds = { south: 20.55, west: 106.35, north: 21.65, east: 108.15 };

describe('the editor widgets’ checks agree with the build', () => {
  it.each([
    [{ lat: 20.95, lon: 107.08 }, null],
    [{ lat: 21.9, lon: 107.1 }, 'cms.mapPoint.outside'],
    [{ lat: 95, lon: 107.1 }, 'cms.mapPoint.outside'],
    [{ lat: '', lon: 107 }, 'cms.mapPoint.missing'],
    [{ lat: '20.9', lon: 107 }, 'cms.mapPoint.notNumber'],
    [{ lat: Number.NaN, lon: 107 }, 'cms.mapPoint.notNumber'],
    [{ lat: 20.95, lon: 107.08, alt: 3 }, 'cms.mapPoint.notNumber'],
    [undefined, 'cms.mapPoint.missing'],
  ])('coordinates %j → %s', (value, key) => {
    const problem = coordinatesProblem(value, bounds);
    expect(problem?.key ?? null).toBe(key);
    // Whatever the widget accepts, the schema accepts too.
    if (problem === null) expect(coordinatesSchema.safeParse(value).success).toBe(true);
  });

  it('names the bounds in the message when a point is outside', () => {
    expect(coordinatesProblem({ lat: 22, lon: 107 }, bounds)?.vars).toEqual({
      south: '20.55',
      west: '106.35',
      north: '21.65',
      east: '108.15',
    });
  });

  it.each([
    'Mo-Su 08:00-17:00',
    'Tu-Su 08:00-17:00; Mo off',
    '24/7',
    'Mo-Su 8h-17h',
    'every day',
    'Mo-Su 08:00-17:00;;',
  ])('opening hours "%s": the widget and the schema agree', (value) => {
    const problem = openingHoursWidgetProblem(value);
    expect(problem === null).toBe(openingHoursSchema.safeParse(value).success);
    if (problem) expect(problem.vars?.problem).not.toBe('');
  });

  it('refuses a verification date that is malformed or after today', () => {
    expect(verifiedOnProblem('2026-11-23', '2026-11-24')).toBeNull();
    expect(verifiedOnProblem('2026-11-24', '2026-11-24')).toBeNull();
    expect(verifiedOnProblem('2026-11-25', '2026-11-24')?.key).toBe('cms.verified.future');
    expect(verifiedOnProblem('24/11/2026', '2026-11-24')?.key).toBe('cms.verified.invalid');
  });

  it('fills {{vars}} into UI strings', () => {
    expect(fillVars('lat {{south}}–{{north}}', { south: '1', north: '2' })).toBe('lat 1–2');
  });
});
