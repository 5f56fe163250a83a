import { describe, expect, it } from 'vitest';
import { siteOrigins } from './site-origins.ts';

describe('siteOrigins', () => {
  it('keeps the page origin and the configured base URL origin, once each', () => {
    expect(siteOrigins('http://127.0.0.1:4322', ['https://guide.example.vn', 'https://guide.example.vn/sub/'])).toEqual(
      ['http://127.0.0.1:4322', 'https://guide.example.vn'],
    );
  });

  it('leaves out what is not a URL', () => {
    expect(siteOrigins('https://guide.example.vn', ['not a url', ''])).toEqual(['https://guide.example.vn']);
  });

  it('leaves out opaque origins such as a file: page', () => {
    expect(siteOrigins('file:///tmp/index.html', ['https://guide.example.vn'])).toEqual(['https://guide.example.vn']);
  });
});
