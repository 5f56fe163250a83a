import type { Language } from './schemas/language.ts';
import { getCatalog } from './catalog.ts';
import type { KindName } from './kinds.ts';

/** getStaticPaths for pages that exist once per language. */
export function languagePaths(): { params: { lang: Language } }[] {
  return getCatalog().site.languages.map((lang) => ({ params: { lang } }));
}

/** getStaticPaths for one page per entry and language: `{ lang, id }`. */
export function entryPaths(kind: KindName): { params: { lang: Language; id: string } }[] {
  const catalog = getCatalog();
  return catalog.site.languages.flatMap((lang) => catalog[kind].map((entry) => ({ params: { lang, id: entry.id } })));
}

/** getStaticPaths for the 3D tour: one page per scene and language. */
export function tourPaths(): { params: { lang: Language; scene: string } }[] {
  const catalog = getCatalog();
  const sceneIds = catalog.galleries.flatMap((g) => (g.scene ? [g.scene] : []));
  return catalog.site.languages.flatMap((lang) => sceneIds.map((scene) => ({ params: { lang, scene } })));
}
