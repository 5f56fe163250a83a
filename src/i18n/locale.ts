import type { Language } from '../content/schemas/language.ts';
import { memoize } from '../lib/memo/memoize.ts';

/** BCP 47 tags for `<html lang>` and Intl: Chinese is written in Simplified characters. */
const TAGS: Record<Language, string> = { vi: 'vi', en: 'en', zh: 'zh-Hans', ko: 'ko', ja: 'ja', fr: 'fr' };

export function languageTag(lang: Language): string {
  return TAGS[lang];
}

// Intl formatters are slow to make and cheap to use: one per language, kept (a build formats
// thousands of dates).
const dateFormat = memoize(
  (lang: Language) => lang,
  (lang: Language) => new Intl.DateTimeFormat(TAGS[lang], { dateStyle: 'long', timeZone: 'UTC' }),
);
const vndFormat = memoize(
  (lang: Language) => lang,
  (lang: Language) =>
    new Intl.NumberFormat(TAGS[lang], { style: 'currency', currency: 'VND', maximumFractionDigits: 0 }),
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
    const format = new Intl.DateTimeFormat(TAGS[lang], { weekday: 'long', timeZone: 'UTC' });
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
    return new Intl.DisplayNames([TAGS[inLang]], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
