/** Minimal PCM WAV handling: espeak-ng writes 16-bit mono PCM, which is all the pipeline needs to join. */
export interface Pcm {
  sampleRate: number;
  channels: number;
  bitsPerSample: number;
  data: Buffer;
}

export function readWav(file: Buffer): Pcm {
  if (file.toString('ascii', 0, 4) !== 'RIFF' || file.toString('ascii', 8, 12) !== 'WAVE')
    throw new Error('not a WAV file');
  let offset = 12;
  let format: Omit<Pcm, 'data'> | undefined;
  while (offset + 8 <= file.length) {
    const id = file.toString('ascii', offset, offset + 4);
    // espeak-ng writing to a pipe leaves the size fields at 0x7fffffff; clamp to what is really there.
    const size = Math.min(file.readUInt32LE(offset + 4), file.length - offset - 8);
    if (id === 'fmt ') {
      format = {
        channels: file.readUInt16LE(offset + 10),
        sampleRate: file.readUInt32LE(offset + 12),
        bitsPerSample: file.readUInt16LE(offset + 22),
      };
    } else if (id === 'data' && format) {
      return { ...format, data: file.subarray(offset + 8, offset + 8 + size) };
    }
    offset += 8 + size + (size % 2);
  }
  throw new Error('WAV file without fmt and data chunks');
}

export function durationOf(pcm: Pcm): number {
  return pcm.data.length / (pcm.sampleRate * pcm.channels * (pcm.bitsPerSample / 8));
}

export function silence(like: Pcm, seconds: number): Pcm {
  const frame = like.channels * (like.bitsPerSample / 8);
  return { ...like, data: Buffer.alloc(Math.round(seconds * like.sampleRate) * frame) };
}

export function joinWav(parts: Pcm[]): Buffer {
  const first = parts[0];
  if (!first) throw new Error('nothing to join');
  const data = Buffer.concat(parts.map((p) => p.data));
  const header = Buffer.alloc(44);
  const blockAlign = first.channels * (first.bitsPerSample / 8);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVEfmt ', 8, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(first.channels, 22);
  header.writeUInt32LE(first.sampleRate, 24);
  header.writeUInt32LE(first.sampleRate * blockAlign, 28);
  header.writeUInt16LE(blockAlign, 32);
  header.writeUInt16LE(first.bitsPerSample, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}
