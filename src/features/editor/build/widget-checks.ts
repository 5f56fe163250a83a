import { coordinatesSchema, isoDateSchema } from '../../../content/schemas/common.ts';
import { openingHoursSchema } from '../../../content/schemas/opening-hours.ts';
import type { MapBounds } from '../../../content/schemas/destination.ts';

/** A problem a widget shows under its field: a UI string key and its variables. */
export interface WidgetProblem {
  key: string;
  vars?: Record<string, string>;
}

/**
 * The checks behind the editor's own widgets. Each runs the very zod schema (and cross-check) the build
 * runs, so the editor cannot accept what `npm run check` refuses.
 */
export function coordinatesProblem(value: unknown, bounds: MapBounds): WidgetProblem | null {
  if (value === undefined || value === null || typeof value !== 'object') return { key: 'cms.mapPoint.missing' };
  const { lat, lon } = value as Record<string, unknown>;
  const blank = (x: unknown) => x === undefined || x === null || x === '';
  if (blank(lat) || blank(lon)) return { key: 'cms.mapPoint.missing' };
  if (typeof lat !== 'number' || typeof lon !== 'number' || !Number.isFinite(lat) || !Number.isFinite(lon)) {
    return { key: 'cms.mapPoint.notNumber' };
  }
  // The same rule as src/content/loader/cross-check.ts: inside the site's map bounds, edges included.
  if (lat < bounds.south || lat > bounds.north || lon < bounds.west || lon > bounds.east) {
    const vars = Object.fromEntries(Object.entries(bounds).map(([k, n]) => [k, String(n)]));
    return { key: 'cms.mapPoint.outside', vars };
  }
  // And the schema itself (degrees in range, no other keys), as the loader runs it.
  if (!coordinatesSchema.safeParse(value).success) return { key: 'cms.mapPoint.notNumber' };
  return null;
}

/** Null for hours the build accepts; otherwise the parser's own words, as the content check prints them. */
export function openingHoursWidgetProblem(value: unknown): WidgetProblem | null {
  const parsed = openingHoursSchema.safeParse(value);
  if (parsed.success) return null;
  const message = parsed.error.issues[0]?.message ?? '';
  const problem = message.includes('the parser says: ') ? message.split('the parser says: ')[1] : message;
  return { key: 'cms.hours.invalid', vars: { problem: problem ?? '' } };
}

/** A verification date: YYYY-MM-DD and not after `today` (the content check refuses future dates). */
export function verifiedOnProblem(value: unknown, today: string): WidgetProblem | null {
  const parsed = isoDateSchema.safeParse(value);
  if (!parsed.success) return { key: 'cms.verified.invalid' };
  if (parsed.data > today) return { key: 'cms.verified.future' };
  return null;
}

/** Fills {{vars}} into a UI string. */
export { fill as fillVars } from '../../../client/strings.ts';
