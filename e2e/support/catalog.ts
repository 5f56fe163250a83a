import { loadCatalog } from '../../src/content/loader/load-catalog.ts';
import { localize } from '../../src/content/loader/localize.ts';
import { translator } from '../../src/i18n/translator.ts';
import type { Localized } from '../../src/content/schemas/catalog.ts';
import type { Language } from '../../src/content/schemas/language.ts';

/** The demo content, read the way the build reads it, so tests follow the content instead of copying it. */
export const catalog = loadCatalog(process.cwd());
export const { site } = catalog;

export const t = (lang: Language) => translator(lang);

export function textOf<B, T extends object>(entry: Localized<B, T>, lang: Language) {
  return localize(entry, lang, site.defaultLanguage);
}

/** The first entry matching `test`, failing loudly when the demo content has none. */
export function one<E>(list: E[], test: (entry: E) => boolean, what: string): E {
  const found = list.find(test);
  if (!found) throw new Error(`The demo content has no ${what}; the test needs one.`);
  return found;
}

/** The museum an exhibit belongs to (through its gallery). */
export function museumOf(exhibit: { gallery: string }): string {
  return one(catalog.galleries, (g) => g.id === exhibit.gallery, `gallery ${exhibit.gallery}`).museum;
}
