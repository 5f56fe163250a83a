import { parseDocument } from 'yaml';

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---(\r?\n[\s\S]*)?$/;

/**
 * Sets one top-level field of a Markdown file's front matter, keeping the other fields, their comments
 * and the body as they were. Used by scripts that write back into content (e.g. synthesized audio).
 */
export function setFrontMatterField(text: string, key: string, value: unknown): string {
  const match = FRONT_MATTER.exec(text);
  if (!match) throw new Error('the file has no front matter between two "---" lines');
  const document = parseDocument(match[1] ?? '');
  document.set(key, value);
  return `---\n${document.toString({ lineWidth: 0 }).trimEnd()}\n---${match[2] ?? '\n'}`;
}
