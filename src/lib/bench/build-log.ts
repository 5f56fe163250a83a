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
