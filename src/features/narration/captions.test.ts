import { describe, expect, it } from 'vitest';
import { activeCueIndex, formatCaptions, parseCaptions } from './captions.ts';

const cues = [
  { start: 0, end: 2.5, text: 'Một.' },
  { start: 2.5, end: 6, text: 'Hai --> ba.' },
  { start: 6.4, end: 9, text: 'Bốn.' },
];

describe('captions', () => {
  it('round-trips through WebVTT', () => {
    const vtt = formatCaptions(cues, 'source-sha256: abc');
    expect(vtt.startsWith('WEBVTT\n\nNOTE source-sha256: abc')).toBe(true);
    const parsed = parseCaptions(vtt);
    expect(parsed.errors).toEqual([]);
    expect(parsed.cues.map((c) => [c.start, c.end])).toEqual(cues.map((c) => [c.start, c.end]));
    expect(parsed.cues[1]?.text).toBe('Hai → ba.');
  });
  it('reads times as the whole milliseconds written, not a float ulp off', () => {
    // The parser sums 28 + 0.548 into 28.548000000000002: later than a sentence start saved as 28.548.
    const { cues: read } = parseCaptions('WEBVTT\n\n1\n00:00:26.100 --> 00:00:28.548\nMột.\n');
    expect([read[0]?.start, read[0]?.end]).toEqual([26.1, 28.548]);
  });
  it('reports what does not parse, with the line', () => {
    const { errors } = parseCaptions('WEBVTT\n\n00:00.000 --> banana\nText\n');
    expect(errors.join()).toMatch(/line 3/);
    expect(parseCaptions('Not a caption file').errors.join()).toMatch(/WEBVTT/);
  });
  it('finds the cue at a time, and none in a gap', () => {
    expect(activeCueIndex(cues, 0)).toBe(0);
    expect(activeCueIndex(cues, 2.5)).toBe(1);
    expect(activeCueIndex(cues, 6.2)).toBe(-1);
    expect(activeCueIndex(cues, 8.99)).toBe(2);
    expect(activeCueIndex(cues, 20)).toBe(-1);
  });
});
