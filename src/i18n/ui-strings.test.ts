import { describe, expect, it } from 'vitest';
import { uiStrings } from './ui-strings.ts';

const variables = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
const reference = uiStrings.en!;
/** Every language with a file in content/ui/: adding one puts it under these tests. */
const LANGUAGES = Object.keys(uiStrings);

describe('UI strings', () => {
  it.each(LANGUAGES)('%s has every key the English file has, and no others', (lang) => {
    const keys = Object.keys(uiStrings[lang]!).sort();
    const missing = Object.keys(reference).filter((k) => !(k in uiStrings[lang]!));
    const extra = keys.filter((k) => !(k in reference));
    expect(missing, `keys missing in content/ui/${lang}.json`).toEqual([]);
    expect(extra, `keys in content/ui/${lang}.json that English lacks`).toEqual([]);
  });

  it.each(LANGUAGES)('%s has no empty string and keeps every {{variable}}', (lang) => {
    for (const [key, text] of Object.entries(uiStrings[lang]!)) {
      expect(text.trim(), `${lang}: ${key} is empty`).not.toBe('');
      expect(variables(text), `${lang}: ${key} must use the same {{variables}} as English`).toEqual(
        variables(reference[key as keyof typeof reference] ?? ''),
      );
    }
  });

  it.each(LANGUAGES.filter((l) => l !== 'en'))('%s is translated, not a copy of English', (lang) => {
    // Brand names and codes may stay as they are; whole sentences may not.
    const same = Object.entries(uiStrings[lang]!).filter(
      ([key, text]) => text === reference[key as keyof typeof reference] && text.split(' ').length > 3,
    );
    expect(
      same.map(([key]) => key),
      `${lang}: sentences identical to English`,
    ).toEqual([]);
  });

  it('names each language in itself', () => {
    expect(['vi', 'en', 'zh', 'ko', 'ja', 'fr'].map((l) => uiStrings[l]?.['lang.name'])).toEqual([
      'Tiếng Việt',
      'English',
      '中文（简体）',
      '한국어',
      '日本語',
      'Français',
    ]);
  });
});
