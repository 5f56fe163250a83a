import { readdirSync } from 'node:fs';

/** Pages a build wrote: every .html file under `distDir` (index pages, 404 pages, redirects). */
export function countPages(distDir: string): number {
  return readdirSync(distDir, { recursive: true, withFileTypes: true }).filter(
    (entry) => entry.isFile() && entry.name.endsWith('.html'),
  ).length;
}
