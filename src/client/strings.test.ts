import { describe, expect, it } from 'vitest';
import { fill, pickStrings } from './strings.ts';

describe('fill', () => {
  it('puts each value in its slot, numbers included, with or without spaces in the braces', () => {
    expect(fill('{{count}} places near {{ name }}', { count: 3, name: 'Hạ Long' })).toBe('3 places near Hạ Long');
  });

  it('leaves a slot without a value empty rather than showing braces', () => {
    expect(fill('Open until {{time}}', {})).toBe('Open until ');
  });
});

describe('pickStrings', () => {
  const strings = {
    'narration.play': 'Play',
    'narration.timeOf': '{{current}} of {{total}}',
    'narration.player': 'Narration',
    'narrator.name': 'not under the prefix',
    'map.hours.open': 'Open now',
  };

  it('gives the listed keys under a prefix, without the prefix, slots kept for fill()', () => {
    expect(pickStrings(strings, 'narration.', ['play', 'timeOf'])).toEqual({
      play: 'Play',
      timeOf: '{{current}} of {{total}}',
    });
    expect(pickStrings(strings, 'map.hours.', ['open'])).toEqual({ open: 'Open now' });
  });

  it('gives every key under the prefix when none are listed, and only those', () => {
    expect(pickStrings(strings, 'narration.')).toEqual({
      play: 'Play',
      timeOf: '{{current}} of {{total}}',
      player: 'Narration',
    });
  });

  it('refuses a key the strings lack, naming it', () => {
    expect(() => pickStrings(strings, 'narration.', ['play', 'pause'])).toThrow('no "narration.pause"');
  });
});
