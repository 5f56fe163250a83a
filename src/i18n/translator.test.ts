import { describe, expect, it } from 'vitest';
import { translator, uiStringsFor } from './translator.ts';
import type { UiKey } from './ui-strings.ts';
import { uiStrings } from './ui-strings.ts';

describe('translator', () => {
  it('returns the string in the page language with values filled in', () => {
    expect(translator('en')('gallery.floor', { floor: 2 })).toBe('Floor 2');
    expect(translator('vi')('gallery.floor', { floor: 2 })).toBe('Tầng 2');
  });

  it('uses the language plural rules', () => {
    expect(translator('en')('gallery.count', { count: 1 })).toBe('1 exhibit');
    expect(translator('en')('gallery.count', { count: 5 })).toBe('5 exhibits');
  });

  it('does not HTML-escape values, since Astro escapes what it renders', () => {
    expect(translator('en')('place.verified', { expert: 'A & B', date: 'today' })).toContain('A & B');
  });

  it("gives islands' strings as t() gives them, the fallback chain included", () => {
    for (const lang of ['vi', 'en', 'zh', 'ko', 'ja', 'fr'] as const) {
      const strings = uiStringsFor(lang);
      for (const key of Object.keys(uiStrings.en))
        expect(strings[key], `${lang} ${key}`).toBe(translator(lang)(key as UiKey));
    }
  });
});
