import { parseDocument, stringify } from 'yaml';
import type { SeededRandom } from '../shared/seeded-random.ts';

/**
 * One mutated file: its new text (or raw bytes) and what was done, for a failure message a person can
 * reproduce. `mustRefuse` marks a change the check may never accept, whatever field it hit.
 */
export type Mutation = { text: string; description: string; bytes?: Uint8Array; mustRefuse?: boolean };

/** Byte sequences that are not UTF-8 text: broken, UTF-16's mark, overlong, a surrogate, Latin-1 "é", NUL. */
const badBytes: readonly (readonly number[])[] = [
  [0xc3, 0x28],
  [0xff, 0xfe],
  [0xc0, 0xaf],
  [0xed, 0xa0, 0x80],
  [0xe9],
  [0x00],
];
const MEDIA_PATH = /^(\s*(?:image|photo|opus|mp3|captions|src|light):\s*)(\/[^\s/][^\s]*)$/m;

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

// Values of the wrong kind, edge cases and scripts a content editor might paste.
const strangeValues: readonly unknown[] = [
  null,
  true,
  0,
  -1,
  1e308,
  Number.MAX_SAFE_INTEGER + 2,
  2.5,
  '',
  ' ',
  'x'.repeat(5000),
  '2026-02-30',
  '31/12/2026',
  '9999-99-99',
  'Mo-Su 25:00-26:00',
  'Mo-Xx 08:00-17:00; PH off; ||',
  'sometimes',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '/images/does-not-exist.jpg',
  'https://',
  'javascript:alert(1)',
  '\u0000\u0007',
  '\u202eevil',
  'Tiếng Việt ✓ 中文 한국어 日本語 🦑',
  '𝕳𝖆 𝕷𝖔𝖓𝖌',
  [],
  [1, 'two', null],
  {},
  { lat: 'north', lon: 200 },
  { nested: { deeper: { deepest: [{}] } } },
];

const yamlBreakers: readonly string[] = [
  ': : :',
  'key: [unclosed',
  'key: "unterminated',
  '\tindented: with a tab',
  '- a list\nwhere: a mapping is',
  'dup: 1\ndup: 2',
  '&anchor value: *missing',
  '? complex key\n: value',
  '%YAML 9.9',
];

/**
 * Applies one random change to a valid content file (Markdown with YAML front matter, or a YAML file):
 * delete, retype or add a field, nest junk, break the YAML or the front matter fences, truncate the
 * file, or fill it with bytes that are not text. The change is drawn from `random`, so a seed
 * reproduces it.
 */
export function mutateContent(text: string, isMarkdown: boolean, random: SeededRandom): Mutation {
  const match = isMarkdown ? FRONT_MATTER.exec(text) : null;
  const yamlText = isMarkdown ? (match?.[1] ?? '') : text;
  const body = match?.[2] ?? '';
  const wrap = (yaml: string) => (isMarkdown ? `---\n${yaml}\n---\n${body}` : yaml);
  const data = parseDocument(yamlText).toJS() as Record<string, unknown> | null;
  const fields = data && typeof data === 'object' ? Object.keys(data) : [];
  const kind = random.int(12);

  if (kind === 10) {
    const bytes = Buffer.from(text, 'utf8');
    const at = random.int(bytes.length + 1);
    const bad = random.pick(badBytes);
    const mutated = Buffer.concat([bytes.subarray(0, at), Buffer.from(bad), bytes.subarray(at)]);
    const shown = bad.map((b) => b.toString(16).padStart(2, '0')).join(' ');
    return { text, bytes: mutated, description: `bytes ${shown} at byte ${at}`, mustRefuse: true };
  }
  const media = MEDIA_PATH.exec(text);
  if (kind === 11 && media) {
    // "//host/x.png" loads from another site even where public/host/x.png exists.
    const host = random.pick(['//evil.example', 'https://evil.example', '/', 'data:image/svg+xml,']);
    const next = text.replace(MEDIA_PATH, `$1${host}$2`);
    return { text: next, description: `media path ${media[2]} → ${host}${media[2]}`, mustRefuse: true };
  }

  if (kind <= 2 && fields.length > 0) {
    // Retype a field (or one of its nested fields) to something strange.
    const copy = structuredClone(data!);
    const path = randomPath(copy, random);
    const value = random.pick(strangeValues);
    setAt(copy, path, value);
    return { text: wrap(stringify(copy)), description: `${path.join('.')} = ${preview(value)}` };
  }
  if (kind === 3 && fields.length > 0) {
    const copy = structuredClone(data!);
    const path = randomPath(copy, random);
    deleteAt(copy, path);
    return { text: wrap(stringify(copy)), description: `deleted ${path.join('.')}` };
  }
  if (kind === 4) {
    const copy = {
      ...(data ?? {}),
      [random.pick(['colour', 'Title', 'titel', '__proto__x', '日本', 'x-y'])]: random.pick(strangeValues),
    };
    return { text: wrap(stringify(copy)), description: 'added an unknown field' };
  }
  if (kind === 5) {
    const lines = yamlText.split('\n');
    const at = random.int(lines.length + 1);
    const breaker = random.pick(yamlBreakers);
    lines.splice(at, 0, breaker);
    return { text: wrap(lines.join('\n')), description: `inserted ${JSON.stringify(breaker)} at line ${at + 1}` };
  }
  if (kind === 6) {
    const at = random.int(text.length + 1);
    return { text: text.slice(0, at), description: `truncated at character ${at}` };
  }
  if (kind === 7 && isMarkdown) {
    const which = random.int(3);
    const fenced = [text.replace(/^---\n/, ''), text.replace(/\n---\n/, '\n'), `${text.replace(/^---\n/, '--- \n')}`][
      which
    ]!;
    return {
      text: fenced,
      description: ['removed the opening ---', 'removed the closing ---', 'a space after ---'][which]!,
    };
  }
  if (kind === 8) {
    const bytes = Array.from({ length: 64 + random.int(256) }, () => String.fromCharCode(random.int(0x3000)));
    const at = random.int(text.length + 1);
    return { text: text.slice(0, at) + bytes.join('') + text.slice(at), description: `noise at character ${at}` };
  }
  // Swap two values between fields, a mistake made when copying a file as a template.
  if (fields.length >= 2) {
    const copy = structuredClone(data!);
    const a = random.pick(fields);
    const b = random.pick(fields);
    [copy[a], copy[b]] = [copy[b], copy[a]];
    return { text: wrap(stringify(copy)), description: `swapped ${a} and ${b}` };
  }
  return { text: '', description: 'emptied the file' };
}

function randomPath(data: Record<string, unknown>, random: SeededRandom): (string | number)[] {
  const path: (string | number)[] = [];
  let here: unknown = data;
  for (let depth = 0; depth < 4; depth++) {
    const keys = Array.isArray(here)
      ? here.map((_, i) => i)
      : here && typeof here === 'object'
        ? Object.keys(here)
        : [];
    if (keys.length === 0) break;
    const key = random.pick(keys as (string | number)[]);
    path.push(key);
    here = (here as Record<string | number, unknown>)[key];
    if (random.int(2) === 0) break;
  }
  return path;
}

function setAt(data: Record<string, unknown>, path: (string | number)[], value: unknown): void {
  const parent = path.slice(0, -1).reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], data);
  (parent as Record<string | number, unknown>)[path[path.length - 1]!] = structuredClone(value);
}

function deleteAt(data: Record<string, unknown>, path: (string | number)[]): void {
  const parent = path.slice(0, -1).reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], data);
  const last = path[path.length - 1]!;
  if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
  else delete (parent as Record<string | number, unknown>)[last];
}

function preview(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}
