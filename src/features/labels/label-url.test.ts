import { describe, expect, it } from 'vitest';
import { labelUrl } from './label-url.ts';

describe('labelUrl', () => {
  it('is the short link of the printed code on the deployed site', () => {
    expect(labelUrl('https://guide.example.vn', 'QN-101')).toBe('https://guide.example.vn/x/qn-101/');
    expect(labelUrl('https://guide.example.vn/', 'ABC-1234')).toBe('https://guide.example.vn/x/abc-1234/');
  });
});
