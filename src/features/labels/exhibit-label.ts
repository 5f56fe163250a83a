import type { Exhibit } from '../../content/schemas/catalog.ts';
import type { Language } from '../../content/schemas/language.ts';
import type { Site } from '../../content/schemas/site.ts';
import { translator } from '../../i18n/translator.ts';
import { labelUrl } from './label-url.ts';
import { narrationLanguages } from './narration-languages.ts';

/** Everything printed on one exhibit's label, in the languages the label carries. */
export interface ExhibitLabel {
  exhibitId: string;
  /** The short code printed large, as the content spells it (e.g. "QN-101"). */
  code: string;
  /** What the QR code encodes. */
  url: string;
  /** The same address without its scheme, small enough to print under the QR code. */
  shortUrl: string;
  /** The title in the site's default language, then in English when the exhibit has it. */
  titles: { lang: Language; title: string }[];
  /** Each narration language by its own name, e.g. "Tiếng Việt", "中文（简体）". */
  narration: { lang: Language; name: string }[];
}

/**
 * A printed label speaks the museum's language and English, the bridge language of the fallback
 * chain. A title only appears in a language the exhibit really has, so no label repeats one title.
 */
export function labelLanguages(site: Pick<Site, 'defaultLanguage' | 'languages'>): Language[] {
  const wanted: Language[] = [site.defaultLanguage, 'en'];
  return wanted.filter((lang, index) => site.languages.includes(lang) && wanted.indexOf(lang) === index);
}

export function exhibitLabel(exhibit: Exhibit, site: Site): ExhibitLabel {
  const url = labelUrl(site.baseUrl, exhibit.code);
  const titles = labelLanguages(site).flatMap((lang) => {
    const title = exhibit.translations[lang]?.fields.title;
    return title ? [{ lang, title }] : [];
  });
  return {
    exhibitId: exhibit.id,
    code: exhibit.code,
    url,
    shortUrl: url.replace(/^https?:\/\//, ''),
    titles,
    narration: narrationLanguages(exhibit, site.languages).map((lang) => ({
      lang,
      name: translator(lang)('lang.name'),
    })),
  };
}
