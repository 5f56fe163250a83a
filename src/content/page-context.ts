import type { Catalog } from './schemas/catalog.ts';
import type { Language } from './schemas/language.ts';
import { getCatalog } from './catalog.ts';
import { localize, localizeText } from './loader/localize.ts';
import { type Translate, translator } from '../i18n/translator.ts';

/**
 * What is the same for every page in one language: the language, the site's settings, its `t()` and
 * the content localizers. Nothing else of the catalog: a view gets its data as props from its route
 * (src/content/page-data.ts), so what a page shows is visible in what it is given.
 */
export interface PageContext {
  lang: Language;
  site: Catalog['site'];
  t: Translate;
  text: (value: Parameters<typeof localizeText>[0]) => string;
  view: <B, T extends object>(entry: Parameters<typeof localize<B, T>>[0]) => ReturnType<typeof localize<B, T>>;
}

export function pageContext(lang: Language): PageContext {
  const catalog = getCatalog({ fresh: import.meta.env?.DEV === true });
  const { defaultLanguage } = catalog.site;
  return {
    lang,
    site: catalog.site,
    t: translator(lang),
    text: (value) => localizeText(value, lang, defaultLanguage),
    view: (entry) => localize(entry, lang, defaultLanguage),
  };
}
