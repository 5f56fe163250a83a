import Meyda from 'meyda';

/** Analysis frames: 32 ms windows (512 samples at 16 kHz), one every `hopSeconds`. */
const FRAME = 512;

/**
 * MFCCs of each frame (Meyda's extractor), without the 0th coefficient (overall level: a studio voice and a
 * synthetic one differ there most and it says least about which sound is spoken), mean- and
 * variance-normalised per file so two voices' timbres meet halfway.
 */
export function mfccFrames(samples: Float32Array, rate: number, hopSeconds: number): Float32Array[] {
  Meyda.bufferSize = FRAME;
  Meyda.sampleRate = rate;
  Meyda.numberOfMFCCCoefficients = 13;
  const hop = Math.max(1, Math.round(rate * hopSeconds));
  const frames: Float32Array[] = [];
  const buffer = new Float32Array(FRAME);
  for (let at = 0; at < samples.length; at += hop) {
    buffer.fill(0);
    buffer.set(samples.subarray(at, at + FRAME));
    const mfcc = Meyda.extract('mfcc', buffer) as unknown as number[] | null;
    frames.push(Float32Array.from((mfcc ?? new Array(13).fill(0)).slice(1)));
  }
  return normalise(frames);
}

function normalise(frames: Float32Array[]): Float32Array[] {
  const dims = frames[0]?.length ?? 0;
  for (let d = 0; d < dims; d++) {
    let mean = 0;
    for (const f of frames) mean += f[d] as number;
    mean /= frames.length;
    let variance = 0;
    for (const f of frames) variance += ((f[d] as number) - mean) ** 2;
    const sd = Math.sqrt(variance / frames.length) || 1;
    for (const f of frames) f[d] = ((f[d] as number) - mean) / sd;
  }
  return frames;
}

export function distance(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let d = 0; d < a.length; d++) sum += ((a[d] as number) - (b[d] as number)) ** 2;
  return Math.sqrt(sum);
}
