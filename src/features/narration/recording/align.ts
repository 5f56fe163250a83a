import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Language } from '../../../content/schemas/language.ts';
import { espeakVoice } from '../synthesis-plan.ts';
import { dtw, firstMatch } from './dtw.ts';
import { distance, mfccFrames } from './features.ts';
import { ANALYSIS_RATE, decodeMono } from './ffmpeg.ts';

/**
 * Voices the aligner speaks the text with. Mandarin joins them: espeak-ng's Chinese is too rough to
 * publish but close enough to align against. Japanese has none (espeak-ng reads kanji as "Chinese
 * letter"): its captions are shared out by characters and marked unsure, for tap-to-sync.
 */
export function alignmentVoice(lang: Language): string | null {
  return lang === 'zh' ? 'cmn' : espeakVoice(lang);
}

/** Alignment fit (mean path cost over mean cost of any pair) above which captions are marked unsure. */
export const UNSURE_FIT = 0.65;
const HOP = 0.02;
const GAP = 0.15;

export interface Alignment {
  /** Start and end of each sentence in the recording, seconds. */
  spans: { start: number; end: number }[];
  /** Mean path cost relative to the mean cost of any pair of frames: lower fits better. */
  fit: number;
  /** Whether the captions should be checked by hand (tap-to-sync). */
  unsure: boolean;
}

/** The text read by espeak-ng, sentence by sentence with short gaps, and where each sentence starts. */
export function speakSentences(sentences: readonly string[], voice: string, work: string) {
  const gap = Math.round(GAP * ANALYSIS_RATE);
  // Silence first, too: the recording's own lead-in pairs with it, not with the first word.
  const parts: Float32Array[] = [new Float32Array(gap)];
  const spans: { start: number; end: number }[] = [];
  let at = gap;
  sentences.forEach((sentence, k) => {
    const wav = join(work, `reference-${k}.wav`);
    execFileSync('espeak-ng', ['-v', voice, '-s', '160', '-w', wav, sentence]);
    const speech = decodeMono(wav, ANALYSIS_RATE);
    const [first, last] = audibleBounds(speech);
    spans.push({ start: (at + first) / ANALYSIS_RATE, end: (at + last) / ANALYSIS_RATE });
    parts.push(speech, new Float32Array(gap));
    at += speech.length + gap;
  });
  const samples = new Float32Array(at);
  let offset = 0;
  for (const part of parts) {
    samples.set(part, offset);
    offset += part.length;
  }
  return { samples, spans };
}

/** The first and last sample of a clip above −40 dBFS: where its speech begins and ends. */
export function audibleBounds(samples: Float32Array): [number, number] {
  let first = 0;
  while (first < samples.length && Math.abs(samples[first] as number) < 0.01) first++;
  let last = samples.length - 1;
  while (last > first && Math.abs(samples[last] as number) < 0.01) last--;
  return [first, last + 1];
}

/** Sentence times by the share of characters before each sentence: the fallback, and the baseline. */
export function proportionalSpans(sentences: readonly string[], seconds: number) {
  const total = sentences.reduce((sum, s) => sum + s.length, 0) || 1;
  let before = 0;
  return sentences.map((s) => {
    const span = { start: (before / total) * seconds, end: ((before + s.length) / total) * seconds };
    before += s.length;
    return span;
  });
}

/**
 * Aligns the narration text to its recording, as the aeneas aligner does: speak the text with espeak-ng,
 * compare MFCCs frame by frame, find the cheapest warp between the two (DTW), and carry each sentence's
 * start in the spoken text over to the recording. `recording` is mono at ANALYSIS_RATE.
 */
export function alignSentences(recording: Float32Array, sentences: readonly string[], lang: Language, work: string) {
  const seconds = recording.length / ANALYSIS_RATE;
  const voice = alignmentVoice(lang);
  if (!voice) return { spans: proportionalSpans(sentences, seconds), fit: 1, unsure: true } satisfies Alignment;
  const reference = speakSentences(sentences, voice, work);
  const fitted = warp(recording, reference.samples);
  const toRecording = (t: number) => firstMatch(fitted.path, Math.round(t / HOP)) * HOP;
  const starts = reference.spans.map((s) => toRecording(s.start));
  const spans = reference.spans.map((s, k) => {
    const next = starts[k + 1] ?? seconds;
    return {
      start: starts[k] as number,
      end: Math.min(next, Math.max(toRecording(s.end), (starts[k] as number) + HOP)),
    };
  });
  const last = spans.at(-1);
  if (last) last.end = seconds;
  return { spans, fit: fitted.fit, unsure: fitted.fit > UNSURE_FIT } satisfies Alignment;
}

/** How well a recording fits a text spoken by espeak-ng (lower is better); for the wrong-language check. */
export function fitOf(recording: Float32Array, sentences: readonly string[], voice: string, work: string): number {
  return warp(recording, speakSentences(sentences, voice, work).samples).fit;
}

function warp(recording: Float32Array, reference: Float32Array) {
  const ref = mfccFrames(reference, ANALYSIS_RATE, HOP);
  const rec = mfccFrames(recording, ANALYSIS_RATE, HOP);
  // A narrator may linger or hurry by a sixth of the whole, or ten seconds, against the synthetic reading.
  const band = Math.max(rec.length * 0.17, 10 / HOP);
  const path = dtw(ref.length, rec.length, (i, j) => distance(ref[i] as Float32Array, rec[j] as Float32Array), band);
  // The mean cost of pairs taken at a fixed stride across both: what "no alignment at all" costs.
  let any = 0;
  let count = 0;
  for (let i = 0; i < ref.length; i += 7)
    for (let j = 0; j < rec.length; j += 11) {
      any += distance(ref[i] as Float32Array, rec[j] as Float32Array);
      count++;
    }
  return { path, fit: path.meanCost / (any / Math.max(count, 1)) };
}
