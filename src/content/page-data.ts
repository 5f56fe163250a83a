import type { Catalog, Exhibit, Expert, Gallery, Museum, Place } from './schemas/catalog.ts';
import { getCatalog } from './catalog.ts';
import { catalogIndex } from './catalog-index.ts';
import { neighbours } from './museum/visit-order.ts';
import { getScenes } from './scenes/scenes.ts';

/**
 * What a page shows besides its own entry, looked up here once and handed to its view as props, so a
 * view renders what it is given and never reaches into the catalog (docs/architecture.md). Each takes
 * the catalog, by default the one of this build (re-read under `astro dev`, so a CMS edit shows).
 */
export function pageCatalog(): Catalog {
  return getCatalog({ fresh: import.meta.env?.DEV === true });
}

export function exhibitPage(exhibit: Exhibit, catalog = pageCatalog()) {
  const index = catalogIndex(catalog);
  const gallery = found(index.gallery.get(exhibit.gallery), 'gallery', exhibit.gallery);
  return {
    entry: exhibit,
    gallery,
    museum: found(index.museum.get(gallery.museum), 'museum', gallery.museum),
    ...neighbours(catalog, exhibit.id),
    related: exhibit.related.flatMap((id) => index.exhibit.get(id) ?? []),
  };
}
export type ExhibitPage = ReturnType<typeof exhibitPage>;

export function galleryPage(gallery: Gallery, catalog = pageCatalog()) {
  const index = catalogIndex(catalog);
  return {
    entry: gallery,
    museum: found(index.museum.get(gallery.museum), 'museum', gallery.museum),
    // In label order, the order of the visit.
    exhibits: index.exhibitsOf.get(gallery.id) ?? [],
  };
}
export type GalleryPage = ReturnType<typeof galleryPage>;

export function museumPage(museum: Museum, catalog = pageCatalog()) {
  const index = catalogIndex(catalog);
  // In visiting order.
  const galleries = index.galleriesOf.get(museum.id) ?? [];
  return {
    entry: museum,
    galleries,
    exhibitCounts: Object.fromEntries(galleries.map((g) => [g.id, index.exhibitsOf.get(g.id)?.length ?? 0])),
  };
}
export type MuseumPage = ReturnType<typeof museumPage>;

export function placePage(place: Place, catalog = pageCatalog()) {
  return {
    entry: place,
    expert: found(catalogIndex(catalog).expert.get(place.verifiedBy), 'expert', place.verifiedBy),
  };
}
export type PlacePage = ReturnType<typeof placePage>;

export function expertPage(expert: Expert, catalog = pageCatalog()) {
  return {
    entry: expert,
    listings: catalog.places
      .filter((p) => p.verifiedBy === expert.id)
      .sort((a, b) => a.verifiedOn.localeCompare(b.verifiedOn)),
  };
}
export type ExpertPage = ReturnType<typeof expertPage>;

/** The 3D tour of one scene: its gallery and museum, and what the walk-through links to. */
export function tourPage(sceneId: string, catalog = pageCatalog(), scenes = getScenes()) {
  const scene = found(scenes.get(sceneId), 'scene', sceneId);
  const gallery = found(
    catalog.galleries.find((g) => g.id === scene.gallery),
    'gallery',
    scene.gallery,
  );
  return {
    sceneId,
    scenes,
    gallery,
    museum: found(
      catalog.museums.find((m) => m.id === gallery.museum),
      'museum',
      gallery.museum,
    ),
    galleries: catalog.galleries,
    exhibits: catalog.exhibits,
  };
}
export type TourPage = ReturnType<typeof tourPage>;

/** The content check has already refused a dangling reference; this only says which, should it slip. */
function found<T>(entry: T | undefined, kind: string, id: string): T {
  if (entry === undefined) throw new Error(`page data: no ${kind} "${id}"`);
  return entry;
}
