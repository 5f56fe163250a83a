import OpeningHours from 'opening_hours';
import { memoize } from '../../lib/memo/memoize.ts';

/**
 * Vietnam is where the first sites run, but the country comes from the caller so another country's
 * public holidays ("PH") resolve correctly. opening_hours needs a nominatim-shaped object for that.
 */
export interface HoursLocation {
  lat: number;
  lon: number;
  countryCode: string;
}

export const DEFAULT_HOURS_LOCATION: HoursLocation = { lat: 20.95, lon: 107.08, countryCode: 'vn' };

/** A key for memoized answers about hours at `where`. */
export const hoursLocationKey = (where: HoursLocation | undefined) =>
  where ? `${where.lat},${where.lon},${where.countryCode}` : '';

/** The parsed hours; parsed once per value and place, since a build asks about the same hours on many pages. */
export const parseOpeningHours = memoize(
  (value: string, where?: HoursLocation) => `${value}\n${hoursLocationKey(where)}`,
  (value: string, where: HoursLocation = DEFAULT_HOURS_LOCATION): OpeningHours => parse(value, where),
);

function parse(value: string, where: HoursLocation): OpeningHours {
  return new OpeningHours(
    value,
    { lat: where.lat, lon: where.lon, address: { country_code: where.countryCode, state: '' } },
    {
      // mode 0: time ranges only (no "points in time"), which is what a listing's hours are.
      mode: 0,
    } as never,
  );
}

/** Returns why `value` is not valid OpenStreetMap opening_hours syntax, or null when it is. */
export function openingHoursProblem(value: string, where?: HoursLocation): string | null {
  try {
    // The parser accepts some sloppy forms ("every day", "8-17") with warnings; other tools reading
    // the same data (OpenStreetMap editors, apps) may not, so only the canonical form passes.
    const warnings = parseOpeningHours(value, where).getWarnings();
    return warnings.length > 0 ? shorten(warnings.join(' ')) : null;
  } catch (error) {
    return shorten(String(error));
  }
}

function shorten(message: string): string {
  const text = message.replace(/\s+/g, ' ').trim();
  return text.length > 240 ? `${text.slice(0, 240)}…` : text;
}
