import { describe, expect, it } from 'vitest';
import type { Localized } from '../schemas/catalog.ts';
import { fallbackChain } from '../../i18n/fallback.ts';
import { localize, localizeText } from './localize.ts';

type Fields = { title: string; summary?: string };
const entry: Localized<object, Fields> = {
  id: 'drum',
  file: 'content/exhibits/drum.vi.md',
  translations: {
    vi: { lang: 'vi', file: 'drum.vi.md', fields: { title: 'Trống', summary: 'Tóm tắt' }, body: 'Việt' },
    en: { lang: 'en', file: 'drum.en.md', fields: { title: 'Drum' }, body: 'English' },
  },
};

describe('fallbackChain', () => {
  it('goes through English to the default language', () => {
    expect(fallbackChain('zh', 'vi')).toEqual(['zh', 'en', 'vi']);
    expect(fallbackChain('en', 'vi')).toEqual(['en', 'vi']);
    expect(fallbackChain('vi', 'vi')).toEqual(['vi', 'en']);
  });
});

describe('localize', () => {
  it('shows the page language when it exists', () => {
    const view = localize(entry, 'en', 'vi');
    expect(view).toMatchObject({ shownLang: 'en', fellBack: false, body: 'English' });
    expect(view.fields.title).toBe('Drum');
  });
  it('falls back to English for a missing Chinese text, and says so', () => {
    expect(localize(entry, 'zh', 'vi')).toMatchObject({ shownLang: 'en', fellBack: true, body: 'English' });
  });
  it('fills an optional field the translation lacks from the next language', () => {
    expect(localize(entry, 'en', 'vi').fields.summary).toBe('Tóm tắt');
  });
});

describe('localizeText', () => {
  it('uses the chain for per-language settings', () => {
    expect(localizeText({ vi: 'Xin chào', en: 'Hello' }, 'ko', 'vi')).toBe('Hello');
    expect(localizeText({ vi: 'Xin chào' }, 'ko', 'vi')).toBe('Xin chào');
  });
});
