import { describe, expect, it } from 'vitest';
import { fill } from './strings.ts';

describe('fill', () => {
  it('puts each value in its slot, numbers included, with or without spaces in the braces', () => {
    expect(fill('{{count}} places near {{ name }}', { count: 3, name: 'Hạ Long' })).toBe('3 places near Hạ Long');
  });

  it('leaves a slot without a value empty rather than showing braces', () => {
    expect(fill('Open until {{time}}', {})).toBe('Open until ');
  });
});
