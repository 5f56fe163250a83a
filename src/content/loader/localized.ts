import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { isLanguage, type Language } from '../schemas/language.ts';
import type { Localized, Translation } from '../schemas/catalog.ts';
import { readContentDocument } from './documents.ts';
import type { ContentProblem } from './problems.ts';
import { validate } from './validate.ts';

const LOCALIZED_FILE = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.([a-z]{2,3})\.md$/;

export interface LocalizedKind<B extends z.ZodObject, T extends z.ZodObject> {
  /** Folder under content/, e.g. "exhibits". */
  folder: string;
  base: B;
  translation: T;
}

/**
 * Reads one kind of multilingual content laid out as Decap CMS's `multiple_files` i18n structure:
 * `content/{folder}/{id}.{lang}.md`. The default language's file holds every field; the others hold
 * only what is translated. Markdown bodies are kept as text and rendered by the pages.
 */
export function readLocalizedKind<B extends z.ZodObject, T extends z.ZodObject>(
  root: string,
  kind: LocalizedKind<B, T>,
  languages: readonly Language[],
  defaultLanguage: Language,
  problems: ContentProblem[],
): Localized<z.output<B>, z.output<T>>[] {
  const dir = join(root, 'content', kind.folder);
  if (!existsSync(dir)) return [];
  const byId = new Map<string, Map<Language, string>>();
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const file = `content/${kind.folder}/${name}`;
    const match = LOCALIZED_FILE.exec(name);
    const lang = match?.[2];
    if (!match || !lang) {
      problems.push({
        file,
        field: '(file name)',
        expected: 'a name like "{id}.{language}.md" with a kebab-case id, e.g. "bronze-drum.vi.md"',
      });
      continue;
    }
    if (!isLanguage(lang) || !languages.includes(lang)) {
      problems.push({
        file,
        field: '(file name)',
        expected: `a language the site offers (${languages.join(', ')}), found "${lang}"`,
      });
      continue;
    }
    const id = match[1] ?? '';
    const files = byId.get(id) ?? new Map<Language, string>();
    files.set(lang, file);
    byId.set(id, files);
  }

  const fullSchema = kind.base.extend(kind.translation.shape).strict();
  const baseKeys = Object.keys(kind.base.shape);
  const entries: Localized<z.output<B>, z.output<T>>[] = [];
  for (const [id, files] of byId) {
    const defaultFile = files.get(defaultLanguage);
    if (!defaultFile) {
      const some = [...files.values()][0] ?? '';
      problems.push({
        file: some,
        field: '(file name)',
        expected: `a ${defaultLanguage} file "${id}.${defaultLanguage}.md" beside it, holding every field of "${id}"`,
      });
      continue;
    }
    const translations: Partial<Record<Language, Translation<z.output<T>>>> = {};
    let base: z.output<B> | undefined;
    for (const [lang, file] of files) {
      const read = readContentDocument(join(root, file), file);
      if ('problem' in read) {
        problems.push(read.problem);
        continue;
      }
      const { body } = read.document;
      const bodyProblem = bodySizeProblem(body, file);
      if (bodyProblem) {
        problems.push(bodyProblem);
        continue;
      }
      const data = withoutEmptyValues(read.document.data);
      if (lang === defaultLanguage) {
        const checked = validate(fullSchema, data, file);
        if (!checked.ok) {
          problems.push(...checked.problems);
          continue;
        }
        base = pick(checked.value, baseKeys) as z.output<B>;
        translations[lang] = { lang, file, fields: omit(checked.value, baseKeys) as z.output<T>, body };
      } else if (Object.keys(omit(data, baseKeys)).length === 0 && body === '') {
      } else {
        // Decap may repeat untranslated fields in every language's file; they are the default file's to set.
        const checked = validate(kind.translation, omit(data, baseKeys), file);
        if (!checked.ok) {
          problems.push(...checked.problems);
          continue;
        }
        translations[lang] = { lang, file, fields: checked.value, body };
      }
    }
    if (base !== undefined) entries.push({ ...base, id, file: defaultFile, translations });
  }
  return entries;
}

function pick(value: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([k]) => keys.includes(k)));
}

function omit(value: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([k]) => !keys.includes(k)));
}

/**
 * Decap CMS writes a field the editor emptied as `field: ""` (or null) instead of leaving it out. An
 * empty optional field means "not given", so it is read as absent; an empty required field is still
 * reported as missing.
 */
export function withoutEmptyValues(data: Record<string, unknown>): Record<string, unknown> {
  const entries = Object.entries(data).flatMap(([key, value]): [string, unknown][] => {
    if (value === '' || value === null) return [];
    if (value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date)) {
      const inner = withoutEmptyValues(value as Record<string, unknown>);
      return Object.keys(inner).length === 0 ? [] : [[key, inner]];
    }
    return [[key, value]];
  });
  return Object.fromEntries(entries);
}

/**
 * The most a Markdown body may hold, in bytes of UTF-8. An exhibit's body is its narration text: the
 * longest recording the check allows (15 minutes, NARRATION_LIMITS) read at about 150 words a minute
 * is some 2,250 words, 14 KB in Vietnamese or French and at most 22 KB in Korean, the densest of the
 * six languages; 32 KB leaves room for headings and links. Every page carries its body, offline too.
 */
export const BODY_MAX_BYTES = 32 * 1024;

function bodySizeProblem(body: string, file: string): ContentProblem | undefined {
  const bytes = Buffer.byteLength(body, 'utf8');
  if (bytes <= BODY_MAX_BYTES) return undefined;
  const kb = (n: number) => `${Math.ceil(n / 1024).toLocaleString('en')} KB`;
  return {
    file,
    field: 'body',
    expected: `a text of at most ${kb(BODY_MAX_BYTES)} (about 15 minutes read aloud); found ${kb(bytes)}`,
  };
}
