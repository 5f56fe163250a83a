import type { Catalog } from './schemas/catalog.ts';
import type { Language } from './schemas/language.ts';
import { getCatalog } from './catalog.ts';
import type { KindName } from './kinds.ts';

/** In `astro dev` the catalog on disk now (an entry published from the editor has a page at once). */
const current = () => getCatalog({ fresh: import.meta.env?.DEV === true });

/** getStaticPaths for pages that exist once per language. */
export function languagePaths(): { params: { lang: Language } }[] {
  return current().site.languages.map((lang) => ({ params: { lang } }));
}

/**
 * getStaticPaths for one page per entry and language: `{ lang, id }`, with the entry itself as a prop,
 * so a page renders what it was given rather than looking its entry up again.
 */
export function entryPaths<K extends KindName>(
  kind: K,
): { params: { lang: Language; id: string }; props: { lang: Language; entry: Catalog[K][number] } }[] {
  const catalog = current();
  const entries: readonly Catalog[K][number][] = catalog[kind];
  return catalog.site.languages.flatMap((lang) =>
    entries.map((entry) => ({ params: { lang, id: entry.id }, props: { lang, entry } })),
  );
}

/** getStaticPaths for the 3D tour: one page per scene and language. */
export function tourPaths(): { params: { lang: Language; scene: string } }[] {
  const catalog = current();
  const sceneIds = catalog.galleries.flatMap((g) => (g.scene ? [g.scene] : []));
  return catalog.site.languages.flatMap((lang) => sceneIds.map((scene) => ({ params: { lang, scene } })));
}

/**
 * The entry a page was given, or in development the one on disk now: `astro dev` keeps what
 * getStaticPaths returned until code changes, so an edit published from the CMS would not show.
 */
export function currentEntry<K extends KindName>(kind: K, entry: Catalog[K][number]): Catalog[K][number] {
  if (import.meta.env?.DEV !== true) return entry;
  const entries: readonly Catalog[K][number][] = getCatalog({ fresh: true })[kind];
  return entries.find((e) => e.id === entry.id) ?? entry;
}

/** getStaticPaths for pages that exist once per destination and language: `{ lang, destination }`. */
export function destinationPaths(): {
  params: { lang: Language; destination: string };
  props: { lang: Language; destination: Catalog['destinations'][number] };
}[] {
  const catalog = current();
  return catalog.site.languages.flatMap((lang) =>
    catalog.destinations.map((destination) => ({
      params: { lang, destination: destination.id },
      props: { lang, destination },
    })),
  );
}
