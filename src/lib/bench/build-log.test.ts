import { describe, expect, it } from 'vitest';
import { pagesBuiltFrom } from './build-log.ts';

describe('pagesBuiltFrom', () => {
  it('reads the page count from a coloured Astro build log', () => {
    const log =
      '\u001b[2m19:23:09\u001b[22m \u001b[34m[build]\u001b[39m 570 page(s) built in \u001b[1m5.48s\u001b[22m\n';
    expect(pagesBuiltFrom(log)).toBe(570);
  });

  it('is undefined when the build never got that far', () => {
    expect(pagesBuiltFrom('[ERROR] content/exhibits/x.vi.md → image: …')).toBeUndefined();
  });
});
