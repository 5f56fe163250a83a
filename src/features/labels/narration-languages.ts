import type { Exhibit } from '../../content/schemas/catalog.ts';
import type { Language } from '../../content/schemas/language.ts';

/**
 * The languages a visitor can hear an exhibit's story in, in the site's order: those with a narration
 * text of their own (read aloud by a recording or the device's voice). Languages that would only show
 * another language's text through the fallback chain do not count.
 */
export function narrationLanguages(exhibit: Exhibit, siteLanguages: readonly Language[]): Language[] {
  return siteLanguages.filter((lang) => (exhibit.translations[lang]?.body.trim() ?? '') !== '');
}
