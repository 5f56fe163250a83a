import type { Language } from '../content/schemas/language.ts';
import { memoize } from '../lib/memo/memoize.ts';

/**
 * BCP 47 tags for `<html lang>` and Intl where the code alone is not enough: this site's Chinese is
 * written in Simplified characters. Any other language's tag is its code ("ru", "de").
 */
const TAGS: Partial<Record<Language, string>> = { zh: 'zh-Hans' };

export function languageTag(lang: Language): string {
  return TAGS[lang] ?? lang;
}

// Intl formatters are slow to make and cheap to use: one per language, kept (a build formats
// thousands of dates).
const dateFormat = memoize(
  (lang: Language) => lang,
  (lang: Language) => new Intl.DateTimeFormat(languageTag(lang), { dateStyle: 'long', timeZone: 'UTC' }),
);
const vndFormat = memoize(
  (lang: Language) => lang,
  (lang: Language) =>
    new Intl.NumberFormat(languageTag(lang), { style: 'currency', currency: 'VND', maximumFractionDigits: 0 }),
);

export function formatDate(isoDate: string, lang: Language): string {
  return dateFormat(lang).format(new Date(`${isoDate}T00:00:00Z`));
}

/** Monday (0) to Sunday (6) by name in `lang`, e.g. "Thứ Hai", "Monday", "星期一". */
export function weekdayName(index: number, lang: Language): string {
  return weekdayNames(lang)[index] ?? '';
}

const weekdayNames = memoize(
  (lang: Language) => lang,
  (lang: Language) => {
    const format = new Intl.DateTimeFormat(languageTag(lang), { weekday: 'long', timeZone: 'UTC' });
    // 1 January 2024 was a Monday.
    return Array.from({ length: 7 }, (_, i) => format.format(new Date(Date.UTC(2024, 0, 1 + i))));
  },
);

export function formatVnd(amount: number, lang: Language): string {
  return vndFormat(lang).format(amount);
}

/** A language's own name for itself, e.g. "Tiếng Việt", "한국어" — from Intl, for codes the UI has no string for. */
export function languageName(code: string, inLang: Language): string {
  try {
    return new Intl.DisplayNames([languageTag(inLang)], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
