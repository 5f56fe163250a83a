import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Language } from '../content/schemas/language.ts';

/**
 * UI strings per language: flat dotted keys, one JSON file per language in the site's content/ui/,
 * read at build. Adding a language is adding its file (and its code in site.yaml): no code names the
 * languages. Node only: islands get their strings already translated, in data-strings.
 */
export const uiStrings: Record<Language, Record<string, string>> = readUiStrings(join(process.cwd(), 'content', 'ui'));

export function readUiStrings(dir: string): Record<Language, Record<string, string>> {
  if (!existsSync(dir)) return {};
  const files = readdirSync(dir).filter((name) => /^[a-z]{2,3}\.json$/.test(name));
  return Object.fromEntries(
    files.sort().map((name) => [name.slice(0, -'.json'.length), JSON.parse(readFileSync(join(dir, name), 'utf8'))]),
  );
}

export type { UiKey } from './ui-key.ts';
