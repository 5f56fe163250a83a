import type { Language } from '../../schemas/language.ts';

/** BCP 47 tags for `<html lang>` and Intl: Chinese is written in Simplified characters. */
const TAGS: Record<Language, string> = { vi: 'vi', en: 'en', zh: 'zh-Hans', ko: 'ko', ja: 'ja', fr: 'fr' };

export function languageTag(lang: Language): string {
  return TAGS[lang];
}

export function formatDate(isoDate: string, lang: Language): string {
  return new Intl.DateTimeFormat(TAGS[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

export function formatVnd(amount: number, lang: Language): string {
  return new Intl.NumberFormat(TAGS[lang], {
    style: 'currency',
    currency: 'VND',
    maximumFractionDigits: 0,
  }).format(amount);
}

/** A language's own name for itself, e.g. "Tiếng Việt", "한국어" — from Intl, for codes the UI has no string for. */
export function languageName(code: string, inLang: Language): string {
  try {
    return new Intl.DisplayNames([TAGS[inLang]], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
