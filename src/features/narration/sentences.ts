import MarkdownIt from 'markdown-it';
import type { Language } from '../../content/schemas/language.ts';
import { languageTag } from '../../i18n/locale.ts';
import { memoize } from '../../lib/memo/memoize.ts';

const md = new MarkdownIt({ html: false });

/** The words of a Markdown narration as plain text, one paragraph per line. */
export function narrationPlainText(markdown: string): string {
  const paragraphs: string[] = [];
  for (const token of md.parse(markdown, {})) {
    if (token.type !== 'inline') continue;
    const text = (token.children ?? [])
      .map((child) =>
        child.type === 'text' || child.type === 'code_inline' ? child.content : child.type === 'softbreak' ? ' ' : '',
      )
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
    if (text) paragraphs.push(text);
  }
  return paragraphs.join('\n');
}

/**
 * Sentences as the language's own rules split them (Intl.Segmenter knows "。" and "?" alike), so
 * captions, the transcript and the synthetic voice all advance one sentence at a time.
 */
export function splitSentences(text: string, lang: Language): string[] {
  const segmenter = sentenceSegmenter(lang);
  return text
    .split('\n')
    .flatMap((paragraph) => [...segmenter.segment(paragraph)].map((s) => s.segment.trim()))
    .filter((s) => s.length > 0);
}

// A segmenter per language, made once: every exhibit page splits its narration.
const sentenceSegmenter = memoize(
  (lang: Language) => lang,
  (lang: Language) => new Intl.Segmenter(languageTag(lang), { granularity: 'sentence' }),
);
