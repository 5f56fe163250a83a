import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { frontMatterDelimiterProblem } from './front-matter-delimiter.ts';
import type { ContentProblem } from './problems.ts';
import { fieldOnLine } from './field-on-line.ts';
import { decodeContentFile } from './utf8.ts';

/** A content file read from disk: front matter (or a whole YAML file) as data, and its Markdown body. */
export interface ContentDocument {
  file: string;
  data: Record<string, unknown>;
  body: string;
}

// The front matter may be empty ("---\n---"), as Decap CMS writes a language nobody has translated yet.
const FRONT_MATTER = /^---\r?\n(?:([\s\S]*?)\r?\n)?---\r?\n?([\s\S]*)$/;

export type ReadResult = { document: ContentDocument } | { problem: ContentProblem };

/** Reads a `.md` file with YAML front matter, or a plain `.yaml` file. */
export function readContentDocument(absolutePath: string, file: string): ReadResult {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(absolutePath);
  } catch (error) {
    return { problem: { file, field: '(file)', expected: `a readable file (${String(error)})` } };
  }
  const decoded = decodeContentFile(bytes, file, (before, line) => fieldOnLine(before, line, file.endsWith('.md')));
  if ('problem' in decoded) return decoded;
  const text = decoded.text.replace(/^\uFEFF/, '');
  let yamlText = text;
  let body = '';
  // Decap CMS writes an empty file ("\n") for a language nobody has translated yet: no fields, no text.
  if (file.endsWith('.md') && text.trim() === '') return { document: { file, data: {}, body: '' } };
  if (file.endsWith('.md')) {
    const delimiter = frontMatterDelimiterProblem(text, file);
    if (delimiter) return { problem: delimiter };
    const match = FRONT_MATTER.exec(text);
    if (!match) {
      return {
        problem: {
          file,
          field: '(front matter)',
          expected: 'the file to start with YAML front matter between two "---" lines',
        },
      };
    }
    yamlText = match[1] ?? '';
    body = (match[2] ?? '').trim();
  }
  const parsed = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true });
  if (parsed.errors.length > 0) {
    const first = parsed.errors[0];
    const where = first?.linePos?.[0] ? ` at line ${first.linePos[0].line + (file.endsWith('.md') ? 1 : 0)}` : '';
    return {
      problem: {
        file,
        field: '(yaml)',
        expected: `valid YAML${where}: ${first?.message.split('\n')[0] ?? 'parse error'}`,
      },
    };
  }
  let data: unknown;
  try {
    data = parsed.toJS();
  } catch (error) {
    // yaml parses an alias to an anchor that was never set, then throws when resolving it (found by
    // the content fuzzer): report it like any other YAML mistake.
    const message = error instanceof Error ? error.message : String(error);
    return { problem: { file, field: '(yaml)', expected: `valid YAML: ${message.split('\n')[0]}` } };
  }
  if (data === null || data === undefined) return { document: { file, data: {}, body } };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { problem: { file, field: '(yaml)', expected: 'a mapping of field names to values' } };
  }
  return { document: { file, data: data as Record<string, unknown>, body } };
}
