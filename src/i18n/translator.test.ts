import { describe, expect, it } from 'vitest';
import { translator } from './translator.ts';

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
});
