import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  convert,
  makeSpeechRecording,
  type SpeechRecording,
} from '../../../../tools/demo-recordings/speech-material.ts';
import { loadCatalog } from '../../../content/loader/load-catalog.ts';
import type { Exhibit } from '../../../content/schemas/catalog.ts';
import { parseCaptions, sentenceSpans } from '../captions.ts';
import { audibleBounds } from './align.ts';
import { RecordingRefused } from './checks.ts';
import { decodeMono, measureLoudness, probeAudio } from './ffmpeg.ts';
import { importRecording, narrationSentences } from './import-recording.ts';

// A museum's recordings made here (not committed): espeak-ng voices other than the aligner's, room
// noise, 48 kHz 24-bit stereo WAV, and the same in other formats.
const scratch = mkdtempSync(join(tmpdir(), 'import-test-'));
const site = join(scratch, 'site');
let exhibit: Exhibit;
let english: string[];
let master: SpeechRecording;
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
beforeAll(() => {
  cpSync(join(process.cwd(), 'content'), join(site, 'content'), { recursive: true });
  // The catalog as the repository has it; the import writes into a copy of content/ and a fresh public/.
  exhibit = loadCatalog(process.cwd()).exhibits.find((e) => e.id === 'mine-cart') as Exhibit;
  english = narrationSentences(exhibit, 'en');
  master = makeSpeechRecording(join(scratch, 'mine-cart.en.wav'), scratch, {
    sentences: english,
    voice: 'en-gb+m3',
    speed: 135,
    pitch: 40,
    seed: 5,
    noiseDb: -48,
  });
}, 120_000);

function work(): string {
  const dir = join(scratch, `work-${Math.random().toString(36).slice(2)}`);
  mkdirSync(dir);
  return dir;
}
const refusal = (file: string, lang: 'en' | 'fr' = 'en') => {
  try {
    importRecording(site, exhibit, lang, file, work());
  } catch (error) {
    if (error instanceof RecordingRefused) return error;
    throw error;
  }
  throw new Error(`${file} was not refused`);
};

describe('narration:import', () => {
  it('publishes a 48 kHz 24-bit stereo WAV as loudness-normalised, trimmed mono Opus/WebM and MP3', () => {
    const info = probeAudio(master.file);
    expect([info.sampleRate, info.channels]).toEqual([48_000, 2]);
    const result = importRecording(site, exhibit, 'en', master.file, work());
    for (const path of [result.files.opus, result.files.mp3]) {
      const file = join(site, 'public', path);
      expect(probeAudio(file).channels).toBe(1);
      const { integrated, truePeak } = measureLoudness(file);
      expect(Math.abs(integrated - -16)).toBeLessThanOrEqual(1);
      expect(truePeak).toBeLessThanOrEqual(-1);
      // Trimmed: the voice begins within a tenth of a second, and the file is shorter than the master by its silences.
      const mono = decodeMono(file);
      expect(audibleBounds(mono)[0] / 16_000).toBeLessThan(0.15);
      expect(mono.length / 16_000).toBeLessThan(master.seconds - 1);
    }
    const front = readFileSync(join(site, 'content/exhibits/mine-cart.en.md'), 'utf8');
    expect(front).toMatch(/synthetic: false/);
    // Captions: whole sentences back from the cues, each starting near where the narrator starts it.
    const cues = parseCaptions(readFileSync(join(site, 'public', result.files.captions), 'utf8')).cues;
    const spans = sentenceSpans(cues);
    expect(spans.map((s) => s.text)).toEqual(english);
    const lead = master.spans[0]?.start ?? 0;
    const errors = spans.map((s, k) => Math.abs(s.start - ((master.spans[k]?.start ?? 0) - lead)));
    expect(Math.max(...errors.slice(1))).toBeLessThan(0.3);
  }, 300_000);

  it.each(['flac', 'm4a', 'ogg', 'mp3', 'opus', 'aiff'])(
    'reads the recording as %s',
    (ext) => {
      const file = convert(master.file, join(scratch, `mine-cart.en.${ext}`));
      const seconds = decodeMono(file).length / 16_000;
      expect(Math.abs(seconds - master.seconds)).toBeLessThan(0.1);
    },
    60_000,
  );

  it('publishes from FLAC as well, both formats decoding to the end', () => {
    const flac = convert(master.file, join(scratch, 'again.flac'));
    const result = importRecording(site, exhibit, 'en', flac, work());
    for (const path of [result.files.opus, result.files.mp3])
      execFileSync('ffmpeg', ['-v', 'error', '-xerror', '-i', join(site, 'public', path), '-f', 'null', '-']);
  }, 300_000);

  it('refuses a clipped recording, naming it', () => {
    const file = join(scratch, 'clipped.wav');
    makeSpeechRecording(file, scratch, { sentences: english, voice: 'en-gb+m3', speed: 135, seed: 5, gain: 6 });
    const error = refusal(file);
    expect(error.reason).toBe('clipped');
    expect(error.message).toMatch(/^clipped\.wav: refused/);
  }, 120_000);

  it('refuses silence, and room tone without a voice', () => {
    const file = join(scratch, 'silence.wav');
    execFileSync('ffmpeg', [
      '-v',
      'error',
      '-y',
      '-f',
      'lavfi',
      '-i',
      'anoisesrc=a=0.003:d=60:r=48000',
      '-ac',
      '2',
      '-c:a',
      'pcm_s24le',
      file,
    ]);
    expect(refusal(file).reason).toBe('silent');
  }, 60_000);

  it('refuses a recording far shorter than its text', () => {
    const file = join(scratch, 'short.wav');
    makeSpeechRecording(file, scratch, { sentences: english.slice(0, 2), voice: 'en-gb+m3', seed: 2 });
    const error = refusal(file);
    expect(error.reason).toBe('duration');
    expect(error.message).toMatch(/short\.wav.*reads in about/);
  }, 120_000);

  it("refuses another language's reading, naming the language it sounds like", () => {
    const file = join(scratch, 'french.wav');
    makeSpeechRecording(file, scratch, {
      sentences: narrationSentences(exhibit, 'fr'),
      voice: 'fr-fr+f2',
      speed: 150,
      seed: 9,
    });
    const error = refusal(file, 'en');
    expect(error.reason).toBe('language');
    expect(error.message).toMatch(/french\.wav.*fr narration/);
  }, 300_000);
});
