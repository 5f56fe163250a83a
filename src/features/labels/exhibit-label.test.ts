import { describe, expect, it } from 'vitest';
import type { Exhibit } from '../../content/schemas/catalog.ts';
import type { Language } from '../../content/schemas/language.ts';
import type { Site } from '../../content/schemas/site.ts';
import { exhibitLabel, labelLanguages } from './exhibit-label.ts';
import { narrationLanguages } from './narration-languages.ts';

const translation = (lang: Language, title: string, body: string) => ({
  lang,
  file: `content/exhibits/drum.${lang}.md`,
  fields: { title },
  body,
});

const drum: Exhibit = {
  id: 'bronze-drum',
  file: 'content/exhibits/bronze-drum.vi.md',
  code: 'QN-202',
  gallery: 'history',
  order: 1,
  nationalTreasure: true,
  image: '/images/drum.svg',
  photos: [],
  related: [],
  translations: {
    vi: translation('vi', 'Trống đồng', 'Câu chuyện.'),
    zh: translation('zh', '铜鼓', '故事。'),
    en: translation('en', 'Bronze drum', 'The story.'),
    // A translated title without a narration of its own: French visitors hear another language.
    fr: translation('fr', 'Tambour de bronze', '  \n'),
  },
};

const site = {
  baseUrl: 'https://guide.example.vn',
  defaultLanguage: 'vi',
  languages: ['vi', 'en', 'zh', 'ko', 'ja', 'fr'],
  sampleContent: true,
} as Site;

describe('narrationLanguages', () => {
  it('lists the languages with a narration of their own, in the site order', () => {
    expect(narrationLanguages(drum, site.languages)).toEqual(['vi', 'en', 'zh']);
  });
  it('leaves out languages the site does not offer', () => {
    expect(narrationLanguages(drum, ['vi', 'zh'])).toEqual(['vi', 'zh']);
  });
});

describe('labelLanguages', () => {
  it('is the default language, then English', () => {
    expect(labelLanguages(site)).toEqual(['vi', 'en']);
  });
  it('names English once when it is the default, and never a language the site lacks', () => {
    expect(labelLanguages({ defaultLanguage: 'en', languages: ['en', 'fr'] })).toEqual(['en']);
    expect(labelLanguages({ defaultLanguage: 'fr', languages: ['fr', 'ja'] })).toEqual(['fr']);
  });
});

describe('exhibitLabel', () => {
  it('holds what the label prints: code, short link, titles and narration languages in their own names', () => {
    expect(exhibitLabel(drum, site)).toEqual({
      exhibitId: 'bronze-drum',
      code: 'QN-202',
      url: 'https://guide.example.vn/x/qn-202/',
      shortUrl: 'guide.example.vn/x/qn-202/',
      titles: [
        { lang: 'vi', title: 'Trống đồng' },
        { lang: 'en', title: 'Bronze drum' },
      ],
      narration: [
        { lang: 'vi', name: 'Tiếng Việt' },
        { lang: 'en', name: 'English' },
        { lang: 'zh', name: '中文（简体）' },
      ],
    });
  });
  it('prints no English title for an exhibit not yet translated, rather than the default title twice', () => {
    const { en: _, ...untranslated } = drum.translations;
    const label = exhibitLabel({ ...drum, translations: untranslated }, site);
    expect(label.titles).toEqual([{ lang: 'vi', title: 'Trống đồng' }]);
  });
});
