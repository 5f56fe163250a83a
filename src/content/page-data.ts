import type { Catalog, Destination, Exhibit, Expert, Gallery, Museum, Place } from './schemas/catalog.ts';
import { getCatalog } from './catalog.ts';
import { placesOf, wifiPlacesOf } from '../features/destinations/index.ts';
import { translationCoverage } from '../features/editor/coverage/translation-coverage.ts';
import { freshnessReport } from '../features/places/freshness-report.ts';
import { todayIn } from '../features/places/freshness.ts';
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

/** Every museum with its destination and how many galleries and exhibits it has, for the museums page. */
export function museumsPage(catalog = pageCatalog()) {
  const index = catalogIndex(catalog);
  return {
    museums: catalog.museums.map((museum) => {
      const galleries = index.galleriesOf.get(museum.id) ?? [];
      return {
        museum,
        destination: catalog.destinations.find((d) => d.id === museum.destination),
        galleryCount: galleries.length,
        exhibitCount: galleries.reduce((sum, g) => sum + (index.exhibitsOf.get(g.id)?.length ?? 0), 0),
      };
    }),
  };
}
export type MuseumsPage = ReturnType<typeof museumsPage>;

export function placePage(place: Place, catalog = pageCatalog()) {
  const { placeCategories, placeTags } = catalog.site;
  return {
    entry: place,
    expert: found(catalogIndex(catalog).expert.get(place.verifiedBy), 'expert', place.verifiedBy),
    destination: found(
      catalog.destinations.find((d) => d.id === place.destination),
      'destination',
      place.destination,
    ),
    category: placeCategories.find((c) => c.id === place.category),
    tags: place.tags.flatMap((tag) => placeTags.find((x) => x.id === tag) ?? []),
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

/** The home page: every museum and destination, in the catalog's order. */
export function homePage(catalog = pageCatalog()) {
  return { museums: catalog.museums, destinations: catalog.destinations };
}
export type HomePage = ReturnType<typeof homePage>;

/** Every destination with how many places it lists. */
export function placesPage(catalog = pageCatalog()) {
  return {
    destinations: catalog.destinations.map((destination) => ({
      destination,
      placeCount: placesOf(catalog, destination.id).length,
    })),
  };
}
export type PlacesPage = ReturnType<typeof placesPage>;

/** A destination: its places (grouped by category in the view, by their names in its language) and museums. */
export function destinationPage(destination: Destination, catalog = pageCatalog()) {
  return {
    destination,
    places: placesOf(catalog, destination.id),
    museums: catalog.museums.filter((m) => m.destination === destination.id),
  };
}
export type DestinationPage = ReturnType<typeof destinationPage>;

/**
 * A destination's map, the other destinations it links to, and the names of the experts who verified
 * its places (a report's notice on the map names the one checking it).
 */
export function mapPage(destination: Destination, catalog = pageCatalog()) {
  const experts = catalogIndex(catalog).expert;
  const verifiers = new Set(placesOf(catalog, destination.id).map((p) => p.verifiedBy));
  return {
    destination,
    others: catalog.destinations.filter((d) => d.id !== destination.id),
    experts: Object.fromEntries([...verifiers].map((id) => [id, found(experts.get(id), 'expert', id).name])),
  };
}
export type MapPage = ReturnType<typeof mapPage>;

/** What each destination's experts should visit again, as of `today` in the site's time zone. */
export function freshnessPage(catalog = pageCatalog(), today = todayIn(catalog.site.timezone)) {
  return {
    today,
    // One part per destination, each with its experts' listings: a destination's editors see their own.
    parts: catalog.destinations
      .map((destination) => ({
        destination,
        report: freshnessReport({ ...catalog, places: placesOf(catalog, destination.id) }, today),
      }))
      .filter((part) => part.report.length > 0),
  };
}
export type FreshnessPage = ReturnType<typeof freshnessPage>;

/** Per language, what lacks text or audio: the whole site's and each museum's and destination's share. */
export function coveragePage(catalog = pageCatalog()) {
  const galleriesOf = (museum: string) =>
    new Set(catalog.galleries.filter((g) => g.museum === museum).map((g) => g.id));
  return {
    coverage: translationCoverage(catalog),
    exhibits: catalog.exhibits,
    places: catalog.places,
    museums: catalog.museums.map((museum) => {
      const galleries = galleriesOf(museum.id);
      const exhibits = catalog.exhibits.filter((e) => galleries.has(e.gallery));
      return { museum, part: translationCoverage({ ...catalog, exhibits, places: [] }) };
    }),
    destinations: catalog.destinations.map((destination) => ({
      destination,
      part: translationCoverage({ ...catalog, exhibits: [], places: placesOf(catalog, destination.id) }),
    })),
  };
}
export type CoveragePage = ReturnType<typeof coveragePage>;

/** The editors' home links to each destination's and museum's pages when there are several. */
export function editorsPage(catalog = pageCatalog()) {
  return { museums: catalog.museums, destinations: catalog.destinations };
}
export type EditorsPage = ReturnType<typeof editorsPage>;

/** Every listing a report may concern. */
export function reportsPage(catalog = pageCatalog()) {
  return { places: catalog.places, exhibits: catalog.exhibits };
}
export type ReportsPage = ReturnType<typeof reportsPage>;

/** Each destination's open free Wi-Fi hotspots; destinations without any are left out. */
export function wifiNearby(catalog = pageCatalog()) {
  return catalog.destinations
    .map((destination) => ({ destination, places: wifiPlacesOf(catalog, destination.id) }))
    .filter((group) => group.places.length > 0);
}
export type WifiNearbyGroups = ReturnType<typeof wifiNearby>;

/** The content check has already refused a dangling reference; this only says which, should it slip. */
function found<T>(entry: T | undefined, kind: string, id: string): T {
  if (entry === undefined) throw new Error(`page data: no ${kind} "${id}"`);
  return entry;
}
