import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { type Glossary, glossarySchema } from '../schemas/glossary.ts';
import type { Language } from '../schemas/language.ts';
import { readContentDocument } from './documents.ts';
import { ContentError } from './problems.ts';
import { validate } from './validate.ts';

/** One text a visitor may read in a language, and where it comes from. */
export interface LanguageText {
  /** A file, or a file and a field ("content/site.yaml → name.fr"). */
  source: string;
  text: string;
}

export interface GlossaryViolation {
  source: string;
  /** 1-based line within the text. */
  line: number;
  term: string;
  found: string;
  use: string;
}

/** Reads and validates `content/glossary/{lang}.yaml`; undefined when the language has none. */
export function loadGlossary(root: string, lang: Language): Glossary | undefined {
  const file = `content/glossary/${lang}.yaml`;
  if (!existsSync(join(root, file))) return undefined;
  const read = readContentDocument(join(root, file), file);
  if ('problem' in read) throw new ContentError([read.problem]);
  const result = validate(glossarySchema, read.document.data, file);
  if (!result.ok) throw new ContentError(result.problems);
  return result.value;
}

/**
 * Everything written in `lang`: every content file of that language (front matter and body), its UI
 * strings, its entries in the site settings, and the captions of its narration (shown as the
 * transcript, so stale audio would still show an old name).
 */
export function languageTexts(root: string, lang: Language): LanguageText[] {
  const texts: LanguageText[] = [];
  const read = (file: string) => texts.push({ source: file, text: readFileSync(join(root, file), 'utf8') });
  const contentDir = join(root, 'content');
  for (const kind of readdirSync(contentDir, { withFileTypes: true })) {
    if (!kind.isDirectory() || kind.name === 'glossary') continue;
    for (const name of readdirSync(join(contentDir, kind.name)).sort()) {
      if (name.endsWith(`.${lang}.md`) || name === `${lang}.json`) read(`content/${kind.name}/${name}`);
    }
  }
  const site = parse(readFileSync(join(contentDir, 'site.yaml'), 'utf8')) as unknown;
  for (const [path, text] of valuesIn(site, lang, '')) texts.push({ source: `content/site.yaml → ${path}`, text });
  const audioDir = join(root, 'public', 'audio', 'exhibits');
  if (existsSync(audioDir)) {
    for (const name of readdirSync(audioDir).sort()) {
      if (name.endsWith(`.${lang}.vtt`)) read(`public/audio/exhibits/${name}`);
    }
  }
  return texts;
}

/** The site settings give short texts as per-language maps ({ vi: …, en: … }): the ones in `lang`. */
function* valuesIn(value: unknown, lang: Language, path: string): Generator<[string, string]> {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* valuesIn(item, lang, `${path}[${i}]`);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const at = path ? `${path}.${key}` : key;
      if (key === lang && typeof item === 'string') yield [at, item];
      else yield* valuesIn(item, lang, at);
    }
  }
}

/** Every place a text uses a variant the glossary avoids, outside the phrases it allows. */
export function glossaryViolations(glossary: Glossary, texts: readonly LanguageText[]): GlossaryViolation[] {
  const violations: GlossaryViolation[] = [];
  for (const { source, text } of texts) {
    text.split('\n').forEach((line, index) => {
      for (const term of glossary.terms) {
        // Blank out the allowed phrases (keeping other text apart) before looking for the variants.
        const checked = term.allow.reduce((l, phrase) => l.split(phrase).join('\u0000'), line);
        for (const found of term.avoid) {
          if (occurs(checked, found))
            violations.push({ source, line: index + 1, term: term.term, found, use: term.use });
        }
      }
    });
  }
  return violations;
}

const LATIN = /\p{Script=Latin}/u;

/**
 * Whether `variant` occurs in `line`. A variant that starts or ends with a Latin letter counts as a
 * whole word only ("Trần Nhân Tôn" is not in "Trần Nhân Tông"); Chinese, Japanese and Korean have no
 * spaces to mark words, so there any occurrence counts, and `allow` lists the longer right forms.
 */
function occurs(line: string, variant: string): boolean {
  for (let at = line.indexOf(variant); at !== -1; at = line.indexOf(variant, at + 1)) {
    const before = line[at - 1] ?? '';
    const after = line[at + variant.length] ?? '';
    const joinsBefore = LATIN.test(variant[0] ?? '') && LATIN.test(before);
    const joinsAfter = LATIN.test(variant.at(-1) ?? '') && LATIN.test(after);
    if (!joinsBefore && !joinsAfter) return true;
  }
  return false;
}

export function formatViolation(v: GlossaryViolation): string {
  return `${v.source}:${v.line}: "${v.found}" for ${v.term}; the glossary uses "${v.use}"`;
}
