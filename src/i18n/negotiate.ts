import type { Language } from '../content/schemas/language.ts';

export interface LanguageSignals {
  /** The language the visitor chose before, if any (from localStorage). */
  stored: string | null | undefined;
  /** navigator.languages, or the tags of an Accept-Language header, best first. */
  preferred: readonly string[];
}

/**
 * The visitor's language: a stored choice, else the first preferred language the site offers (any
 * regional or script variant counts: "zh-TW" → zh, "fr-CA" → fr), else the site's default.
 */
export function chooseLanguage(
  signals: LanguageSignals,
  offered: readonly Language[],
  defaultLanguage: Language,
): Language {
  const isOffered = (code: string | null | undefined): code is Language =>
    !!code && (offered as readonly string[]).includes(code);
  if (isOffered(signals.stored)) return signals.stored;
  for (const tag of signals.preferred) {
    const base = tag.trim().toLowerCase().split(/[-_;]/)[0];
    if (isOffered(base)) return base;
  }
  return defaultLanguage;
}
