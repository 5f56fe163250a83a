import MarkdownIt from 'markdown-it';

// Editors write plain Markdown; raw HTML is not allowed (html: false escapes it), and markdown-it's
// validateLink already refuses javascript:, vbscript:, file: and non-image data: links.
const md = new MarkdownIt({ html: false, linkify: false, typographer: true });

export function renderMarkdown(source: string): string {
  return md.render(source);
}
