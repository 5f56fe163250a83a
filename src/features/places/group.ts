import type { Catalog, Place } from '../../content/schemas/catalog.ts';
import type { PlaceStatus } from '../../content/schemas/place-status.ts';
import type { VocabularyEntry } from '../../content/schemas/site.ts';

const STATUS_RANK: Record<PlaceStatus, number> = { open: 0, 'temporarily-closed': 1, closed: 2 };

/**
 * Places grouped by category in the site's category order; within a group open places first, then
 * by name in the page's language (so Vietnamese and CJK names sort as their readers expect).
 */
export function groupPlacesByCategory(
  catalog: Pick<Catalog, 'site' | 'places'>,
  nameOf: (place: Place) => string,
  locale: string,
  places: readonly Place[] = catalog.places,
): { category: VocabularyEntry; places: Place[] }[] {
  const collator = new Intl.Collator(locale);
  return catalog.site.placeCategories
    .map((category) => ({
      category,
      places: places
        .filter((p) => p.category === category.id)
        .sort((a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status] || collator.compare(nameOf(a), nameOf(b))),
    }))
    .filter((group) => group.places.length > 0);
}
