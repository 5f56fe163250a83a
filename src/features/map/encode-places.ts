import type { Catalog, Place } from '../../content/schemas/catalog.ts';
import type { Language } from '../../content/schemas/language.ts';
import { localize } from '../../content/loader/localize.ts';
import type { CompactPlaces, PlaceRow } from '../map/compact-places.ts';
import { PLACE_STATUS_CODES, toE5 } from '../map/compact-places.ts';
import { HOURS_WINDOW_DAYS, openMinutes } from '../places/build.ts';
import { isStale } from '../places/index.ts';

/**
 * The catalog's places for the map (those of one destination, when `destination` is given), in one language. Schedules are shared between places with the
 * same `opening_hours` text, so 10,000 listings with a few dozen distinct hours stay small.
 */
export function encodePlaces(
  catalog: Pick<Catalog, 'site' | 'places'>,
  lang: Language,
  today: string,
  days = HOURS_WINDOW_DAYS,
  destination?: string,
): CompactPlaces {
  const { site } = catalog;
  const categories = site.placeCategories.map((c) => c.id);
  const tags = site.placeTags.map((t) => t.id);
  const scheduleIndex = new Map<string, number>();
  const schedules: (readonly number[])[] = [];
  const scheduleOf = (value: string | undefined) => {
    if (value === undefined) return -1;
    let index = scheduleIndex.get(value);
    if (index === undefined) {
      index = schedules.push(openMinutes(value, today, days)) - 1;
      scheduleIndex.set(value, index);
    }
    return index;
  };
  const rowOf = (place: Place): PlaceRow => {
    const name = localize(place, lang, site.defaultLanguage).fields.name;
    const localName = localize(place, site.defaultLanguage, site.defaultLanguage).fields.name;
    return [
      place.id,
      name,
      categories.indexOf(place.category),
      toE5(place.coordinates.lat),
      toE5(place.coordinates.lon),
      place.priceLevel ?? 0,
      place.tags.map((t) => tags.indexOf(t)).filter((i) => i >= 0),
      scheduleOf(place.openingHours),
      PLACE_STATUS_CODES.indexOf(place.status),
      isStale(place.verifiedOn, site.freshnessDays, today) ? 1 : 0,
      localName === name ? '' : localName,
      place.wifi ? [place.wifi.network, place.wifi.signIn ? 1 : 0] : 0,
    ];
  };
  return {
    v: 1,
    lang,
    hoursFrom: today,
    hoursDays: days,
    categories,
    tags,
    schedules,
    places: catalog.places.filter((p) => destination === undefined || p.destination === destination).map(rowOf),
  };
}
