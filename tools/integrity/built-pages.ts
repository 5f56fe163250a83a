import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every HTML file of a built site, as site paths ("/en/exhibits/x/index.html"), sorted. */
export function builtPages(dist: string): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => `/${relative(dist, join(e.parentPath, e.name)).split(sep).join('/')}`)
    .sort();
}

/**
 * One page of each type in each language: pages are grouped by their language folder, the folder
 * under it and their depth ("/en/exhibits/{id}/" is one type, "/en/exhibits/" another), and outside
 * the language folders by their first folder and depth. A new kind of page (the map, say) is picked
 * up without a list to update. The first page of each group in path order is taken.
 */
export function onePagePerType(pages: readonly string[], languages: readonly string[]): string[] {
  const chosen = new Map<string, string>();
  for (const page of pages) {
    const folders = page.split('/').filter(Boolean).slice(0, -1);
    const file = page.split('/').at(-1);
    const inLanguage = folders[0] !== undefined && languages.includes(folders[0]);
    const key = `${inLanguage ? `${folders[0]}/${folders[1] ?? ''}` : (folders[0] ?? file)}:${folders.length}`;
    if (!chosen.has(key)) chosen.set(key, page);
  }
  return [...chosen.values()].sort();
}
