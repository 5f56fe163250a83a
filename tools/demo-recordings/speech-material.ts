/**
 * Recordings made the way a museum's would arrive, with known sentence times: espeak-ng reads each
 * sentence in a voice, rate and pitch other than the aligner's, with pauses of varied length between
 * sentences, silence at both ends and room noise (a low hum and hiss), as a 48 kHz 24-bit stereo WAV.
 * Deterministic: the same options make the same bytes. Used by the importer's tests, the alignment
 * benchmark and the demo masters (labelled as generated).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { seededRandom } from '../shared/seeded-random.ts';

export interface SpeechOptions {
  sentences: readonly string[];
  /** espeak-ng voice, e.g. "en-gb+m3". */
  voice: string;
  /** Words per minute. */
  speed?: number;
  pitch?: number;
  seed?: number;
  /** Room noise level in dBFS (RMS); -Infinity for none. */
  noiseDb?: number;
  /** Gain applied before the 24-bit file is written: above 1 clips. */
  gain?: number;
  rate?: number;
  channels?: 1 | 2;
}

export interface SpeechRecording {
  file: string;
  /** When each sentence's speech begins and ends, seconds. */
  spans: { start: number; end: number }[];
  seconds: number;
}

function decode(file: string, rate: number): Float32Array {
  const bytes = execFileSync(
    'ffmpeg',
    ['-loglevel', 'error', '-i', file, '-ac', '1', '-ar', String(rate), '-f', 'f32le', '-'],
    {
      maxBuffer: 1 << 30,
    },
  );
  return new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

/** Where speech starts and ends within a clip: the first and last sample above −40 dBFS. */
function speechBounds(samples: Float32Array): [number, number] {
  let first = 0;
  while (first < samples.length && Math.abs(samples[first] as number) < 0.01) first++;
  let last = samples.length - 1;
  while (last > first && Math.abs(samples[last] as number) < 0.01) last--;
  return [first, last + 1];
}

export function makeSpeechRecording(out: string, work: string, o: SpeechOptions): SpeechRecording {
  const rate = o.rate ?? 48_000;
  const random = seededRandom(o.seed ?? 1);
  const clips = o.sentences.map((sentence, k) => {
    const wav = join(work, `material-${k}.wav`);
    const args = ['-v', o.voice, '-s', String(o.speed ?? 150), '-p', String(o.pitch ?? 50), '-w', wav, sentence];
    execFileSync('espeak-ng', args);
    return decode(wav, rate);
  });
  const lead = Math.round(rate * (0.6 + random() * 0.6));
  const pauses = clips.map(() => Math.round(rate * (0.2 + random() * 0.9)));
  const total = lead + clips.reduce((sum, c, k) => sum + c.length + (pauses[k] as number), 0) + rate;
  const mono = new Float32Array(total);
  const spans: SpeechRecording['spans'] = [];
  let at = lead;
  clips.forEach((clip, k) => {
    const [first, last] = speechBounds(clip);
    spans.push({ start: (at + first) / rate, end: (at + last) / rate });
    mono.set(clip, at);
    at += clip.length + (pauses[k] as number);
  });
  const noise = o.noiseDb === undefined ? -50 : o.noiseDb;
  const gain = o.gain ?? 0.7;
  const hiss = Number.isFinite(noise) ? 10 ** (noise / 20) : 0;
  const channels = o.channels ?? 2;
  const interleaved = new Float32Array(total * channels);
  let brown = 0;
  for (let i = 0; i < total; i++) {
    brown = 0.98 * brown + 0.2 * (random() * 2 - 1);
    const room = hiss * (0.5 * (random() * 2 - 1) + 0.8 * brown + 0.5 * Math.sin((2 * Math.PI * 50 * i) / rate));
    const voice = (mono[i] as number) * gain;
    for (let c = 0; c < channels; c++) {
      const v = voice * (c === 0 ? 1 : 0.9) + room * (c === 0 ? 1 : -1);
      interleaved[i * channels + c] = Math.max(-1, Math.min(1, v));
    }
  }
  const raw = Buffer.from(interleaved.buffer);
  execFileSync(
    'ffmpeg',
    [
      '-loglevel',
      'error',
      '-y',
      '-f',
      'f32le',
      '-ar',
      String(rate),
      '-ac',
      String(channels),
      '-i',
      '-',
      '-c:a',
      'pcm_s24le',
      out,
    ],
    { input: raw, maxBuffer: 1 << 30 },
  );
  return { file: out, spans, seconds: total / rate };
}

/** Another format of the same recording (FLAC, M4A, OGG Vorbis, MP3, Opus…), by ffmpeg's choice of encoder for the extension. */
export function convert(input: string, output: string): string {
  execFileSync('ffmpeg', ['-loglevel', 'error', '-y', '-i', input, output]);
  return output;
}
