import type { Catalog, Exhibit, Place } from '../../../content/schemas/catalog.ts';
import type { Language } from '../../../content/schemas/language.ts';

/** What one language still lacks: the entries a curator should translate (or record) next. */
export interface LanguageCoverage {
  lang: Language;
  exhibits: { total: number; withText: number; withAudio: number };
  places: { total: number; withText: number };
  /** Exhibits with no title or no narration text in this language. */
  exhibitsWithoutText: string[];
  /** Exhibits with text but no narration audio (recorded or synthetic) in this language. */
  exhibitsWithoutAudio: string[];
  /** Places with no name or no description in this language. */
  placesWithoutText: string[];
}

const hasText = (entry: Exhibit | Place, lang: Language) => {
  const translation = entry.translations[lang];
  return translation !== undefined && translation.body.trim() !== '';
};

const hasAudio = (exhibit: Exhibit, lang: Language) => {
  const audio = exhibit.translations[lang]?.fields.audio;
  return audio !== undefined && (audio.opus !== undefined || audio.mp3 !== undefined);
};

/**
 * Per language of the site, which exhibits and places lack text or audio, in the catalog's order
 * (exhibits by gallery and visit order), so the first entries are the next to translate.
 */
export function translationCoverage(catalog: Catalog): LanguageCoverage[] {
  return catalog.site.languages.map((lang) => {
    const exhibitsWithoutText = catalog.exhibits.filter((e) => !hasText(e, lang)).map((e) => e.id);
    const exhibitsWithoutAudio = catalog.exhibits
      .filter((e) => hasText(e, lang) && !hasAudio(e, lang))
      .map((e) => e.id);
    const placesWithoutText = catalog.places.filter((p) => !hasText(p, lang)).map((p) => p.id);
    return {
      lang,
      exhibits: {
        total: catalog.exhibits.length,
        withText: catalog.exhibits.length - exhibitsWithoutText.length,
        withAudio: catalog.exhibits.filter((e) => hasAudio(e, lang)).length,
      },
      places: { total: catalog.places.length, withText: catalog.places.length - placesWithoutText.length },
      exhibitsWithoutText,
      exhibitsWithoutAudio,
      placesWithoutText,
    };
  });
}

/** The report as plain text, for `npm run coverage:translations`. */
export function coverageText(coverage: LanguageCoverage[]): string {
  const lines: string[] = [];
  const list = (title: string, ids: string[]) => {
    if (ids.length === 0) return;
    lines.push(`  ${title} (${ids.length}):`);
    for (const id of ids) lines.push(`    - ${id}`);
  };
  for (const c of coverage) {
    lines.push(
      `${c.lang}: exhibits with text ${c.exhibits.withText}/${c.exhibits.total}, with audio ` +
        `${c.exhibits.withAudio}/${c.exhibits.total}; places with text ${c.places.withText}/${c.places.total}`,
    );
    list('exhibits without text', c.exhibitsWithoutText);
    list('exhibits without audio', c.exhibitsWithoutAudio);
    list('places without text', c.placesWithoutText);
  }
  return `${lines.join('\n')}\n`;
}
