import { describe, expect, it } from 'vitest';
import { formatCaptions, parseCaptions, sentenceSpans } from './captions.ts';
import { CAPTION_LIMITS, columns, shortCues } from './short-cues.ts';

const long =
  'The Bạch Đằng River, which flows through Quảng Yên to the sea, saw three famous naval battles: in 938 Ngô Quyền defeated the Southern Han, in 981 Lê Hoàn defeated the Song, and in 1288 Prince Hưng Đạo, Trần Quốc Tuấn, destroyed the Mongol-Yuan fleet.';
const zh =
  '白藤江流经广安入海，这里发生过三次著名的水战：938年吴权击败南汉，981年黎桓击败宋军，1288年兴道王陈国峻歼灭了元朝的舰队。';

function withinLimits(cue: { start: number; end: number; text: string }) {
  const lines = cue.text.split('\n');
  expect(lines.length).toBeLessThanOrEqual(CAPTION_LIMITS.lines);
  for (const line of lines) expect(columns(line)).toBeLessThanOrEqual(CAPTION_LIMITS.lineColumns);
  expect(cue.end - cue.start).toBeLessThanOrEqual(CAPTION_LIMITS.seconds + 0.001);
}

describe('short caption cues', () => {
  it('splits a 34-second, 248-character sentence into cues of two lines and at most seven seconds', () => {
    const cues = shortCues([{ start: 12.272, end: 46.5, text: long }]);
    expect(cues.length).toBeGreaterThanOrEqual(5);
    cues.forEach(withinLimits);
    expect(cues[0]?.start).toBe(12.272);
    expect(cues.at(-1)?.end).toBe(46.5);
    for (let i = 1; i < cues.length; i++) expect(cues[i]?.start).toBe(cues[i - 1]?.end);
  });
  it('counts a Chinese character as two columns and breaks between words, not inside them', () => {
    const cues = shortCues([{ start: 0, end: 14, text: zh }]);
    cues.forEach(withinLimits);
    expect(cues.map((c) => c.text.replace('\n', '')).join('')).toBe(zh);
  });
  it('leaves a short sentence whole', () => {
    expect(shortCues([{ start: 1, end: 3, text: 'Một câu ngắn.' }])).toEqual([
      { start: 1, end: 3, text: 'Một câu ngắn.', sentence: 0 },
    ]);
  });
  it('gives the transcript its whole sentences back through WebVTT', () => {
    const sentences = [
      { start: 0, end: 2, text: 'The stakes.' },
      { start: 2.4, end: 36, text: long },
      { start: 36.4, end: 50, text: zh },
    ];
    const parsed = parseCaptions(formatCaptions(shortCues(sentences)));
    expect(parsed.errors).toEqual([]);
    expect(sentenceSpans(parsed.cues).map((s) => [s.start, s.end, s.text])).toEqual(
      sentences.map((s) => [s.start, s.end, s.text]),
    );
  });
  it('reads a hand-made caption file without sentence ids as one sentence per cue', () => {
    const vtt = 'WEBVTT\n\n00:00.000 --> 00:02.000\nOne.\n\nx\n00:02.000 --> 00:04.000\nTwo.\n';
    expect(sentenceSpans(parseCaptions(vtt).cues).map((s) => s.text)).toEqual(['One.', 'Two.']);
  });
});
