import { type Cue, UNSPACED } from './captions.ts';

/**
 * Limits for a caption shown over media: two lines of at most 42 columns (the BBC and Netflix
 * guidance for Latin script; a CJK character is two columns wide, so 21 of them make a line) and at
 * most 7 seconds on screen. The transcript beside the player keeps whole sentences.
 */
export const CAPTION_LIMITS = { lineColumns: 42, lines: 2, seconds: 7 } as const;

// East Asian wide characters (Han, kana, Hangul, full-width forms) take two columns on screen.
const WIDE = /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** Screen columns a text takes: CJK characters count twice. */
export function columns(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1;
  return width;
}

const wordSegmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

/**
 * The text in pieces that may end a line: words with the spaces after them (Intl.Segmenter also finds
 * word boundaries in Chinese and Japanese); a word wider than a line is cut by characters.
 */
function breakable(text: string): string[] {
  const tokens: string[] = [];
  for (const { segment } of wordSegmenter.segment(text)) {
    const last = tokens.length - 1;
    const before = tokens[last] ?? '';
    // A line may end after a space, or between two characters of a script written without spaces.
    const mayBreak = /\s$/.test(before) || (UNSPACED.test(before.at(-1) ?? '') && UNSPACED.test(segment[0] ?? ''));
    if (last >= 0 && !mayBreak) tokens[last] += segment;
    else tokens.push(segment);
  }
  return tokens.flatMap((token) => {
    if (columns(token.trim()) <= CAPTION_LIMITS.lineColumns) return [token];
    const cuts: string[] = [''];
    for (const ch of token) {
      if (columns(`${cuts.at(-1)}${ch}`.trim()) > CAPTION_LIMITS.lineColumns) cuts.push('');
      cuts[cuts.length - 1] += ch;
    }
    return cuts;
  });
}

/** One caption's text on at most two lines, broken where both lines come out most even; or null. */
export function twoLines(tokens: readonly string[]): string | null {
  const text = tokens.join('').trim();
  if (columns(text) <= CAPTION_LIMITS.lineColumns) return text;
  let best: { text: string; widest: number } | null = null;
  for (let i = 1; i < tokens.length; i++) {
    const first = tokens.slice(0, i).join('').trim();
    const second = tokens.slice(i).join('').trim();
    const widest = Math.max(columns(first), columns(second));
    if (widest <= CAPTION_LIMITS.lineColumns && (!best || widest < best.widest))
      best = { text: `${first}\n${second}`, widest };
  }
  return best?.text ?? null;
}

/** `tokens` in `count` runs of about equal length, each run ending where a line may end. */
function evenRuns(tokens: readonly string[], count: number): string[][] {
  const runs: string[][] = [];
  let rest = tokens.reduce((sum, t) => sum + t.length, 0);
  let i = 0;
  for (let left = count; left > 0; left--) {
    const target = rest / left;
    const run: string[] = [];
    let size = 0;
    while (i < tokens.length) {
      const next = (tokens[i] as string).length;
      // Take the next word while that brings the run closer to its share (always at least one word,
      // and leave at least one word for every run still to come).
      if (run.length > 0 && (Math.abs(size + next - target) > Math.abs(size - target) || tokens.length - i < left))
        break;
      run.push(tokens[i] as string);
      size += next;
      i++;
    }
    if (left === 1) while (i < tokens.length) run.push(tokens[i++] as string);
    rest -= run.reduce((sum, t) => sum + t.length, 0);
    if (run.length > 0) runs.push(run);
  }
  return runs;
}

/**
 * Splits whole-sentence cues into caption cues within CAPTION_LIMITS, in as few and as even pieces as
 * fit. Within a sentence the time is shared out by the characters each piece holds (speech runs at an
 * even pace within a sentence); each piece remembers its sentence, so the transcript can put the
 * sentence back together.
 */
export function shortCues(sentences: readonly Cue[]): Cue[] {
  const out: Cue[] = [];
  sentences.forEach((sentence, index) => {
    const tokens = breakable(sentence.text.replace(/\s+/g, ' ').trim());
    const chars = tokens.reduce((sum, t) => sum + t.length, 0) || 1;
    const perChar = (sentence.end - sentence.start) / chars;
    const span = sentence.end - sentence.start;
    let count = Math.max(
      1,
      Math.ceil(columns(sentence.text) / (CAPTION_LIMITS.lineColumns * CAPTION_LIMITS.lines)),
      Math.ceil(span / CAPTION_LIMITS.seconds),
    );
    let pieces: { text: string; chars: number }[] = [];
    for (; count <= tokens.length; count++) {
      const runs = evenRuns(tokens, count);
      const texts = runs.map((run) => twoLines(run));
      const fits = runs.every(
        (run, k) => texts[k] !== null && run.reduce((sum, t) => sum + t.length, 0) * perChar <= CAPTION_LIMITS.seconds,
      );
      pieces = runs.map((run, k) => ({ text: texts[k] ?? run.join('').trim(), chars: run.join('').length }));
      if (fits) break;
    }
    let at = sentence.start;
    pieces.forEach((piece, k) => {
      const end = k === pieces.length - 1 ? sentence.end : at + piece.chars * perChar;
      out.push({ start: round(at), end: round(end), text: piece.text, sentence: index });
      at = end;
    });
  });
  return out;
}

function round(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}
