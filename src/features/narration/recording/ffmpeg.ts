import { execFileSync, spawnSync } from 'node:child_process';

/** The loudness a published narration is brought to: EBU R128 speech, as podcasts and radio use. */
export const LOUDNESS_TARGET = { integrated: -16, truePeak: -1, lra: 11 } as const;
// The limiter's ceiling: under −1 dBTP by what the lossy encoders add at worst (Opus ~0.7 dB, MP3 less).
const TRUE_PEAK_AIM = -3;
/** Sample rate of the analysis (silence, clipping share, alignment): speech needs nothing above 8 kHz. */
export const ANALYSIS_RATE = 16_000;

function ffmpeg(args: string[]): Buffer {
  return execFileSync('ffmpeg', ['-hide_banner', '-nostdin', '-loglevel', 'error', '-y', ...args], {
    maxBuffer: 1 << 30,
  });
}

/** ffmpeg's stderr, where its measuring filters (loudnorm, ebur128) report. */
function ffmpegReport(args: string[]): string {
  const run = spawnSync('ffmpeg', ['-hide_banner', '-nostdin', '-loglevel', 'info', ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 1 << 28,
  });
  if (run.status !== 0) throw new Error(`ffmpeg ${args.join(' ')}: ${run.stderr?.toString().slice(-500)}`);
  return run.stderr.toString();
}

/** Whether ffmpeg can read the file as audio; the reason when it cannot. */
export function probeAudio(file: string): { seconds: number; channels: number; sampleRate: number } {
  const out = execFileSync('ffprobe', [
    '-v',
    'error',
    '-select_streams',
    'a:0',
    '-show_entries',
    'stream=channels,sample_rate:format=duration',
    '-of',
    'json',
    file,
  ]).toString();
  const info = JSON.parse(out) as {
    streams?: { channels: number; sample_rate: string }[];
    format?: { duration?: string };
  };
  const stream = info.streams?.[0];
  if (!stream) throw new Error('no audio stream in the file');
  return {
    seconds: Number(info.format?.duration ?? 0),
    channels: stream.channels,
    sampleRate: Number(stream.sample_rate),
  };
}

/** Every sample of every channel as 32-bit float at the file's own rate (for the clipping share). */
export function decodeAllChannels(file: string): Float32Array {
  const bytes = ffmpeg(['-i', file, '-map', '0:a:0', '-f', 'f32le', '-acodec', 'pcm_f32le', '-']);
  return new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
}

/** The recording mixed to mono at the analysis rate. */
export function decodeMono(file: string, rate = ANALYSIS_RATE): Float32Array {
  const bytes = ffmpeg([
    '-i',
    file,
    '-map',
    '0:a:0',
    '-ac',
    '1',
    '-ar',
    String(rate),
    '-f',
    'f32le',
    '-acodec',
    'pcm_f32le',
    '-',
  ]);
  return new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

// Silence at either end: quieter than −50 dBFS; inner pauses are kept (they are the narrator's).
const TRIM = 'silenceremove=start_periods=1:start_threshold=-50dB:start_silence=0.05:detection=peak';
const TRIM_BOTH = `${TRIM},areverse,${TRIM},areverse`;

/** Mono, 48 kHz float WAV with the leading and trailing silence cut. */
export function trimToMono(input: string, output: string): void {
  ffmpeg(['-i', input, '-map', '0:a:0', '-ac', '1', '-ar', '48000', '-af', TRIM_BOTH, '-c:a', 'pcm_f32le', output]);
}

/**
 * EBU R128 normalisation in two passes or three: measure the integrated loudness (loudnorm's analysis
 * pass), then apply the gain that reaches the target with a true-peak limiter (alimiter at 4× the rate,
 * so peaks between samples are caught too) and measure again, correcting the gain once more if the
 * limiter took more than a fifth of a LU. loudnorm's own second pass cannot do this for speech: its
 * linear mode gives up when the gain would push peaks past the ceiling (a voice's peaks stand ~18 dB
 * over its loudness) and its dynamic mode lands half a LU short.
 */
export function normaliseLoudness(input: string, output: string): void {
  const report = ffmpegReport([
    '-i',
    input,
    '-af',
    `loudnorm=I=${LOUDNESS_TARGET.integrated}:print_format=json`,
    '-f',
    'null',
    '-',
  ]);
  const measured = JSON.parse(report.slice(report.lastIndexOf('{'), report.lastIndexOf('}') + 1)) as {
    input_i: string;
  };
  // The encoders take off about 0.3 LU and add up to 0.7 dB of peak: aim a little over and well under.
  const aim = LOUDNESS_TARGET.integrated + 0.3;
  const ceiling = 10 ** (TRUE_PEAK_AIM / 20);
  let gain = aim - Number(measured.input_i);
  for (let pass = 0; pass < 3; pass++) {
    const chain = `aresample=192000,volume=${gain.toFixed(2)}dB,alimiter=limit=${ceiling.toFixed(3)}:attack=2:release=50:level=false,aresample=48000`;
    ffmpeg(['-i', input, '-af', chain, '-c:a', 'pcm_f32le', output]);
    const reached = measureLoudness(output).integrated;
    if (Math.abs(reached - aim) <= 0.2) return;
    gain += aim - reached;
  }
}

/**
 * The published pair: Opus in WebM (what Chrome, Firefox and Android play) and MP3 (what every iPhone
 * and older Android plays). Mono speech: 32 kbit/s Opus, 48 kbit/s MP3 at 24 kHz. No metadata.
 */
export function encodePublished(input: string, opus: string, mp3: string): void {
  // "audio", not "voip": the voip mode's pre-emphasis overshoots true peak by ~2 dB on a loud voice.
  ffmpeg(['-i', input, '-c:a', 'libopus', '-b:a', '32k', '-application', 'audio', '-map_metadata', '-1', opus]);
  ffmpeg(['-i', input, '-ar', '24000', '-c:a', 'libmp3lame', '-b:a', '48k', '-map_metadata', '-1', mp3]);
}

/** Integrated loudness (LUFS) and true peak (dBTP) as ffmpeg's EBU R128 scanner measures them. */
export function measureLoudness(file: string): { integrated: number; truePeak: number } {
  const report = ffmpegReport(['-i', file, '-af', 'ebur128=peak=true', '-f', 'null', '-']);
  const summary = report.slice(report.lastIndexOf('Summary:'));
  const integrated = Number(/I:\s+(-?[\d.]+) LUFS/.exec(summary)?.[1]);
  const truePeak = Number(/Peak:\s+(-?[\d.]+|-inf) dBFS/.exec(summary)?.[1]);
  return { integrated, truePeak };
}
