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
