import type { Language } from '../../../content/schemas/language.ts';

/** A recording no visitor should hear, with the file and the reason, as the importer reports it. */
export type RefusalReason = 'silent' | 'clipped' | 'duration' | 'language' | 'unreadable';

export class RecordingRefused extends Error {
  readonly file: string;
  readonly reason: RefusalReason;
  constructor(file: string, reason: RefusalReason, detail: string) {
    super(`${file}: refused (${reason}): ${detail}`);
    this.name = 'RecordingRefused';
    this.file = file;
    this.reason = reason;
  }
}

/** More than this share of samples at full scale is audible distortion (a few in a thousand are not). */
export const CLIPPED_SHARE_LIMIT = 0.001;

/**
 * Narrated speech per second, in characters of the text as written (spaces and punctuation included),
 * for a calm museum narrator. Han and kana carry a syllable or more each; Hangul a syllable.
 */
export const CHARS_PER_SECOND: Record<Language, number> = { vi: 13, en: 14, fr: 14, ko: 6, zh: 4.5, ja: 7 };
/** A recording this many times shorter or longer than its text suggests is not that text. */
export const DURATION_TOLERANCE = 2;

function dbfs(x: number): number {
  return 20 * Math.log10(Math.max(x, 1e-9));
}

/** RMS level (dBFS) of consecutive 50 ms frames. */
export function frameLevels(samples: Float32Array, rate: number): number[] {
  const size = Math.round(rate * 0.05);
  const levels: number[] = [];
  for (let at = 0; at + size <= samples.length; at += size) {
    let sum = 0;
    for (let i = at; i < at + size; i++) sum += (samples[i] as number) ** 2;
    levels.push(dbfs(Math.sqrt(sum / size)));
  }
  return levels;
}

/**
 * Seconds that sound like speech: frames above −45 dBFS and 15 dB above the recording's own noise floor
 * (its quietest tenth), so room tone alone, however loud, is not speech.
 */
export function speechSeconds(samples: Float32Array, rate: number): number {
  const levels = frameLevels(samples, rate);
  if (levels.length === 0) return 0;
  const floor = [...levels].sort((a, b) => a - b)[Math.floor(levels.length * 0.1)] as number;
  return levels.filter((l) => l > -45 && l > floor + 15).length * 0.05;
}

/** Share of samples (all channels) at or past full scale. */
export function clippedShare(samples: Float32Array): number {
  let clipped = 0;
  for (const s of samples) if (Math.abs(s) >= 0.999) clipped++;
  return samples.length === 0 ? 0 : clipped / samples.length;
}

/** How long `text` takes to narrate in `lang`, in seconds. */
export function expectedSeconds(text: string, lang: Language): number {
  return text.replace(/\s+/g, ' ').trim().length / CHARS_PER_SECOND[lang];
}

/** Refuses a silent, clipped, or wrong-length recording; returns quietly when it may be published. */
export function checkRecording(
  file: string,
  mono: Float32Array,
  rate: number,
  everyChannel: Float32Array,
  text: string,
  lang: Language,
): void {
  const speech = speechSeconds(mono, rate);
  if (speech < 0.5)
    throw new RecordingRefused(file, 'silent', `no speech found (${speech.toFixed(1)} s above the noise floor)`);
  const share = clippedShare(everyChannel);
  if (share > CLIPPED_SHARE_LIMIT)
    throw new RecordingRefused(
      file,
      'clipped',
      `${(share * 100).toFixed(2)} % of the samples are at full scale (at most ${CLIPPED_SHARE_LIMIT * 100} %); record it again with less gain`,
    );
  const seconds = mono.length / rate;
  const expected = expectedSeconds(text, lang);
  if (seconds * DURATION_TOLERANCE < expected || seconds > expected * DURATION_TOLERANCE)
    throw new RecordingRefused(
      file,
      'duration',
      `${seconds.toFixed(1)} s of sound, but the ${lang} narration text reads in about ${expected.toFixed(0)} s; is it the recording of this text?`,
    );
}
