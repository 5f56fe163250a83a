// webvtt-parser is CommonJS with exports assigned at run time, so Node sees only a default export.
import webvtt from 'webvtt-parser';

const { WebVTTParser } = webvtt;

/** One caption of a narration: usually one sentence, with its time span in seconds. */
export interface Cue {
  start: number;
  end: number;
  text: string;
  /** The sentence of the narration this cue belongs to (a long sentence is shown as several cues). */
  sentence?: number;
}

/** Parses WebVTT with a spec-conformant parser; every parser error is returned with its line. */
export function parseCaptions(vtt: string): { cues: Cue[]; errors: string[] } {
  const result = new WebVTTParser().parse(vtt, 'metadata');
  const errors = result.errors.map((e) => `line ${e.line}: ${e.message}`);
  // A cue id "3.2" is the second cue of sentence 3 (what formatCaptions writes); any other id, or none,
  // makes the cue a sentence of its own (hand-made caption files).
  let own = -1;
  let lastKey = '';
  // WebVTT times are whole milliseconds; the parser's sums of hours, minutes and seconds can land a float
  // ulp away (28.548000000000002), which then compares as later than the same time written elsewhere.
  const ms = (seconds: number) => Math.round(seconds * 1000) / 1000;
  const cues = result.cues.map((c) => {
    const key = /^(\d+)\.\d+$/.exec(c.id)?.[1];
    if (!key || key !== lastKey) own++;
    lastKey = key ?? '';
    return { start: ms(c.startTime), end: ms(c.endTime), text: c.text.replace(/<[^>]+>/g, '').trim(), sentence: own };
  });
  for (let i = 1; i < cues.length; i++) {
    const previous = cues[i - 1];
    const cue = cues[i];
    if (previous && cue && cue.start < previous.start) errors.push(`cue ${i + 1} starts before the cue above it`);
  }
  return { cues, errors };
}

/** Writes cues as WebVTT; `note` goes in a NOTE block (the synthesis script keeps its source hash there). */
export function formatCaptions(cues: Cue[], note?: string): string {
  const stamp = (seconds: number) => {
    const ms = Math.round(seconds * 1000);
    const h = Math.floor(ms / 3_600_000);
    const m = Math.floor((ms % 3_600_000) / 60_000);
    const s = Math.floor((ms % 60_000) / 1000);
    const pad = (n: number, w = 2) => String(n).padStart(w, '0');
    return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(ms % 1000, 3)}`;
  };
  const part = new Map<number, number>();
  const id = (c: Cue, i: number) => {
    if (c.sentence === undefined) return `${i + 1}`;
    part.set(c.sentence, (part.get(c.sentence) ?? 0) + 1);
    return `${c.sentence + 1}.${part.get(c.sentence)}`;
  };
  const blocks = cues.map(
    (c, i) => `${id(c, i)}\n${stamp(c.start)} --> ${stamp(c.end)}\n${c.text.replace(/-->/g, '→')}`,
  );
  return `WEBVTT\n\n${note ? `NOTE ${note}\n\n` : ''}${blocks.join('\n\n')}\n`;
}

/**
 * Whole sentences back from caption cues, for the transcript: the cues of one sentence joined, from the
 * first one's start to the last one's end.
 */
export function sentenceSpans(cues: readonly Cue[]): Cue[] {
  const spans: Cue[] = [];
  for (const cue of cues) {
    const last = spans.at(-1);
    if (last && cue.sentence !== undefined && last.sentence === cue.sentence) {
      last.end = cue.end;
      last.text = joinPieces(last.text, cue.text);
    } else {
      spans.push({ ...cue, text: joinPieces('', cue.text) });
    }
  }
  return spans;
}

/**
 * Han, kana, CJK and full-width punctuation: scripts written without spaces, so a caption line may end
 * between two of these characters, and the transcript joins such lines without a space. Anywhere else
 * a line ends only at a space (Korean too).
 */
export const UNSPACED = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/u;

function joinPieces(before: string, after: string): string {
  const parts = [before, ...after.split('\n')].filter((p) => p.length > 0);
  return parts.reduce((text, piece) => {
    if (!text) return piece;
    return UNSPACED.test(text.at(-1) ?? '') && UNSPACED.test(piece[0] ?? '') ? text + piece : `${text} ${piece}`;
  }, '');
}

/** The cue playing at `time`, or -1 between cues; cues are sorted, so a binary search will do. */
export function activeCueIndex(cues: readonly Cue[], time: number): number {
  let low = 0;
  let high = cues.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const cue = cues[mid] as Cue;
    if (time < cue.start) high = mid - 1;
    else if (time >= cue.end) low = mid + 1;
    else return mid;
  }
  return -1;
}
