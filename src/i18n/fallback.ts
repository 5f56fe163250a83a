import type { Language } from '../content/schemas/language.ts';

/**
 * The languages to try, in order, when something is missing in `lang`: English is the bridge language
 * for visitors who are neither Vietnamese nor English speakers, then the site's default language.
 */
export function fallbackChain(lang: Language, defaultLanguage: Language): Language[] {
  const chain: Language[] = [lang];
  if (!chain.includes('en')) chain.push('en');
  if (!chain.includes(defaultLanguage)) chain.push(defaultLanguage);
  return chain;
}
