import type { Catalog } from './schemas/catalog.ts';
import type { Language } from './schemas/language.ts';
import { getCatalog } from './catalog.ts';
import { localize, localizeText } from './loader/localize.ts';
import { type Translate, translator } from '../i18n/translator.ts';

/** What every page needs: the catalog, the page language, its `t()` and content localizers. */
export interface PageContext {
  catalog: Catalog;
  lang: Language;
  t: Translate;
  text: (value: Parameters<typeof localizeText>[0]) => string;
  view: <B, T extends object>(entry: Parameters<typeof localize<B, T>>[0]) => ReturnType<typeof localize<B, T>>;
}

export function pageContext(lang: Language): PageContext {
  const catalog = getCatalog({ fresh: import.meta.env?.DEV === true });
  const { defaultLanguage } = catalog.site;
  return {
    catalog,
    lang,
    t: translator(lang),
    text: (value) => localizeText(value, lang, defaultLanguage),
    view: (entry) => localize(entry, lang, defaultLanguage),
  };
}
