import { stripVTControlCharacters } from 'node:util';

/**
 * The page count Astro prints at the end of a build ("570 page(s) built in 5.48s"). Taken from the log
 * rather than by counting files, because files under dist/ also come from public/ and integrations.
 */
export function pagesBuiltFrom(log: string): number | undefined {
  // Astro colours its output even when piped; escape codes would split the number from its words.
  const plain = stripVTControlCharacters(log);
  const matches = [...plain.matchAll(/(\d+) page\(s\) built in/g)];
  const last = matches.at(-1)?.[1];
  return last === undefined ? undefined : Number(last);
}

/**
 * Seconds Astro spent rendering the pages: the "✓ Completed in 4m 56s." that follows
 * "generating static routes" (also "47.34s" or "580ms").
 */
export function renderSecondsFrom(log: string): number | undefined {
  const plain = stripVTControlCharacters(log);
  const start = plain.lastIndexOf('generating static routes');
  if (start < 0) return undefined;
  const match = /Completed in ((?:\d+m )?[\d.]+(?:ms|s))/.exec(plain.slice(start));
  return match?.[1] === undefined ? undefined : durationSeconds(match[1]);
}

/** Seconds the search index took, as our search-index integration logs it ("search index: 105645 pages in 180.2 s"). */
export function searchIndexSecondsFrom(log: string): number | undefined {
  const match = /search index: \d+ pages in ([\d.]+) s/.exec(stripVTControlCharacters(log));
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

function durationSeconds(text: string): number {
  const minutes = /(\d+)m /.exec(text)?.[1];
  const rest = text.replace(/\d+m /, '');
  const seconds = rest.endsWith('ms') ? Number.parseFloat(rest) / 1000 : Number.parseFloat(rest);
  return Number(minutes ?? 0) * 60 + seconds;
}

/**
 * What Astro's image step did, from its "▶ /_astro/x.avif (before: 61kB, after: 9kB)" lines: `encoded`
 * were made anew, `reused` came from its cache ("(reused cache entry)"). A rebuild of unchanged
 * photographs should encode none.
 */
export function imagesFrom(log: string): { encoded: number; reused: number } {
  const lines = stripVTControlCharacters(log)
    .split('\n')
    .filter((line) => /▶ \/\S+\.(?:avif|webp|jpe?g|png)\b/.test(line));
  const reused = lines.filter((line) => line.includes('(reused cache entry)')).length;
  const encoded = lines.filter((line) => line.includes('(before:')).length;
  return { encoded, reused };
}

/** Our deep-zoom step's "deep-zoom tiles: 28 photo(s), 0 cut anew" (src/integrations/photo-zoom.ts). */
export function zoomPyramidsCutFrom(log: string): number | undefined {
  const match = /deep-zoom tiles: \d+ photo\(s\), (\d+) cut anew/.exec(stripVTControlCharacters(log));
  return match?.[1] === undefined ? undefined : Number(match[1]);
}
