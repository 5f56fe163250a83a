import type { Localized } from '../schemas/catalog.ts';
import type { Language, LocalizedText } from '../schemas/language.ts';
import { fallbackChain } from '../../i18n/fallback.ts';

/** An entry's text as one page shows it, with the language it is really in. */
export interface LocalizedView<T> {
  fields: T;
  body: string;
  /** The language of the body and main fields; differs from the page's when a translation is missing. */
  shownLang: Language;
  fellBack: boolean;
}

/**
 * Picks the text of `entry` for a page in `lang`, walking the fallback chain (zh → en → vi) for a
 * missing translation. Optional fields missing from the chosen translation are filled from the next
 * languages of the chain, so a page never shows an empty field that another language has.
 */
export function localize<B, T extends object>(
  entry: Localized<B, T>,
  lang: Language,
  defaultLanguage: Language,
): LocalizedView<T> {
  const chain = fallbackChain(lang, defaultLanguage).filter((l) => entry.translations[l] !== undefined);
  const first = chain[0];
  if (first === undefined) throw new Error(`${entry.file}: no translation at all, not even ${defaultLanguage}`);
  const fields = {} as T;
  for (const l of [...chain].reverse()) Object.assign(fields, entry.translations[l]?.fields);
  const main = entry.translations[first];
  return { fields, body: main?.body ?? '', shownLang: first, fellBack: first !== lang };
}

/** A short per-language text from the site settings, with the same fallback chain. */
export function localizeText(text: LocalizedText, lang: Language, defaultLanguage: Language): string {
  for (const l of fallbackChain(lang, defaultLanguage)) {
    const value = text[l];
    if (value !== undefined) return value;
  }
  return Object.values(text)[0] ?? '';
}
