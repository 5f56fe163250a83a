import type { ContentProblem } from './problems.ts';

/** Names for the front-matter languages other tools accept, for a message that says what was found. */
const OTHER_LANGUAGES: [RegExp, string][] = [
  [/^---\s*(?:js|javascript)\b/i, 'JavaScript, which the editor (gray-matter) would run as code'],
  [/^---\s*(?:coffee|coffeescript|cson)\b/i, 'CoffeeScript, which would run as code'],
  [/^---\s*json\b/i, 'JSON'],
  [/^---\s*toml\b/i, 'TOML'],
  [/^\+\+\+/, 'TOML'],
  [/^\{/, 'JSON'],
];

/**
 * Content files carry YAML front matter opened by a line that is exactly "---". Anything after the
 * dashes names another language to gray-matter (the editor's parser), and `---js` is evaluated there:
 * a committed file could run code in an editor's browser. Such a file is refused with what its first
 * line says, before anything parses it. Null when the opening line is the plain "---".
 */
export function frontMatterDelimiterProblem(text: string, file: string): ContentProblem | null {
  const firstLine = /^[^\r\n]*/.exec(text)?.[0] ?? '';
  if (/^---[ \t]*$/.test(firstLine)) return null;
  const language = OTHER_LANGUAGES.find(([pattern]) => pattern.test(firstLine))?.[1];
  const shown = firstLine.length > 40 ? `${firstLine.slice(0, 37)}…` : firstLine;
  return {
    file,
    field: '(front matter)',
    expected:
      `the first line to be exactly "---" (YAML front matter); found ${JSON.stringify(shown)}` +
      (language ? `, front matter in ${language}` : ''),
  };
}
