import { describe, expect, it } from 'vitest';
import type { Language } from '../content/schemas/language.ts';
import { chooseLanguage } from './negotiate.ts';

const offered: Language[] = ['vi', 'en', 'zh', 'ko', 'ja', 'fr'];

describe('chooseLanguage', () => {
  it('prefers the stored choice over the browser', () => {
    expect(chooseLanguage({ stored: 'ja', preferred: ['fr-FR'] }, offered, 'vi')).toBe('ja');
  });
  it('ignores a stored value the site does not offer', () => {
    expect(chooseLanguage({ stored: 'de', preferred: ['ko-KR'] }, offered, 'vi')).toBe('ko');
  });
  it('matches regional and script variants to the base language', () => {
    expect(chooseLanguage({ stored: null, preferred: ['zh-TW', 'en'] }, offered, 'vi')).toBe('zh');
    expect(chooseLanguage({ stored: null, preferred: ['fr-CA'] }, offered, 'vi')).toBe('fr');
  });
  it('walks the preference list in order', () => {
    expect(chooseLanguage({ stored: null, preferred: ['de-DE', 'ru', 'en-GB'] }, offered, 'vi')).toBe('en');
  });
  it('falls back to the default language', () => {
    expect(chooseLanguage({ stored: undefined, preferred: ['de', 'th'] }, offered, 'vi')).toBe('vi');
    expect(chooseLanguage({ stored: undefined, preferred: [] }, offered, 'vi')).toBe('vi');
  });
  it('only offers what the site enables', () => {
    expect(chooseLanguage({ stored: null, preferred: ['ja'] }, ['vi', 'en'], 'vi')).toBe('vi');
  });
});
