/**
 * The field a line of a content file belongs to, for problems found in the raw bytes (before YAML
 * parses them): the key on that line or the nearest keys above it with less indentation, "body" past
 * a Markdown file's front matter, "(encoding)" when no field can be told.
 */
export function fieldOnLine(text: string, line: number, markdown: boolean): string {
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  let first = 0;
  if (markdown) {
    if (lines[0]?.replace(/^\uFEFF/, '') !== '---') return '(encoding)';
    const close = lines.findIndex((l, i) => i > 0 && l === '---');
    if (line === 0 || line === close) return '(front matter)';
    if (close > 0 && line > close) return 'body';
    first = 1;
  }
  const path: string[] = [];
  let indent = Number.POSITIVE_INFINITY;
  for (let i = line; i >= first && indent > 0; i--) {
    const key = /^(\s*)(?:- )?([A-Za-z_][\w-]*)\s*:/.exec(lines[i] ?? '');
    const depth = key?.[1]?.length ?? Number.POSITIVE_INFINITY;
    if (key?.[2] && depth < indent) {
      path.unshift(key[2]);
      indent = depth;
    }
  }
  return path.length > 0 ? path.join('.') : '(encoding)';
}
