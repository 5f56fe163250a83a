// webvtt-parser is CommonJS with exports assigned at run time, so Node sees only a default export.
import webvtt from 'webvtt-parser';

const { WebVTTParser } = webvtt;

/** One caption of a narration: usually one sentence, with its time span in seconds. */
export interface Cue {
  start: number;
  end: number;
  text: string;
}

/** Parses WebVTT with a spec-conformant parser; every parser error is returned with its line. */
export function parseCaptions(vtt: string): { cues: Cue[]; errors: string[] } {
  const result = new WebVTTParser().parse(vtt, 'metadata');
  const errors = result.errors.map((e) => `line ${e.line}: ${e.message}`);
  const cues = result.cues.map((c) => ({
    start: c.startTime,
    end: c.endTime,
    text: c.text.replace(/<[^>]+>/g, '').trim(),
  }));
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
  const blocks = cues.map((c, i) => `${i + 1}\n${stamp(c.start)} --> ${stamp(c.end)}\n${c.text.replace(/-->/g, '→')}`);
  return `WEBVTT\n\n${note ? `NOTE ${note}\n\n` : ''}${blocks.join('\n\n')}\n`;
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
