import { gzipSync } from 'node:zlib';
import { capturePlyHeader, capturePlyProperties } from './capture-layout.ts';
import { fillSplatRows } from './generated-object.ts';

/**
 * Broken and hostile splat files, made the same way every time, for the importer's tests: each is a
 * file a museum could really be handed (a copy stopped early, a damaged header, a failed training run)
 * or one crafted to make a converter allocate or wait forever.
 */
export interface HostileFile {
  name: string;
  bytes: Uint8Array;
  /** What the refusal must say, beside the file's name. */
  says: RegExp;
}

function capturePly(count: number, header = capturePlyHeader(count, 0)): Uint8Array {
  const stride = capturePlyProperties(0).length;
  const rows = new Float32Array(count * stride);
  fillSplatRows(rows, 0, count, { count, shDegree: 0 });
  return Buffer.concat([Buffer.from(header, 'latin1'), Buffer.from(rows.buffer)]);
}

export function validPly(count: number): Uint8Array {
  return capturePly(count);
}

/** A PLY whose positions are NaN for every `every`-th splat (every = 1: all of them). */
export function plyWithNaN(count: number, every: number): Uint8Array {
  const bytes = capturePly(count);
  const header = capturePlyHeader(count, 0).length;
  const stride = capturePlyProperties(0).length * 4;
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  for (let i = 0; i < count; i += every) view.setFloat32(header + i * stride, Number.NaN, true);
  return bytes;
}

export function hostileFiles(): HostileFile[] {
  const ply = capturePly(1000);
  const spzHeader = (count: number) => {
    const h = new DataView(new ArrayBuffer(16));
    h.setUint32(0, 0x5053474e, true);
    h.setUint32(4, 2, true);
    h.setUint32(8, count, true);
    return new Uint8Array(h.buffer);
  };
  return [
    { name: 'truncated.ply', bytes: ply.slice(0, ply.byteLength - 5000), says: /cut short/ },
    {
      name: 'huge-count.ply',
      bytes: Buffer.concat([
        Buffer.from(capturePlyHeader(2 ** 31, 0), 'latin1'),
        ply.slice(capturePlyHeader(1000, 0).length),
      ]),
      says: /declares 2,147,483,648 splats/,
    },
    {
      name: 'no-end.ply',
      bytes: Buffer.from(`ply\nformat binary_little_endian 1.0\n${'comment x\n'.repeat(8000)}`),
      says: /header never ends/,
    },
    {
      name: 'mesh.ply',
      bytes: Buffer.from(
        'ply\nformat binary_little_endian 1.0\nelement vertex 3\nproperty float x\nproperty float y\nproperty float z\nelement face 1\nproperty list uchar int vertex_indices\nend_header\n',
      ),
      says: /not a Gaussian splat PLY|mesh/,
    },
    {
      name: 'ascii.ply',
      bytes: Buffer.from('ply\nformat ascii 1.0\nelement vertex 1\nproperty float x\nend_header\n0\n'),
      says: /binary/,
    },
    { name: 'empty.ply', bytes: new Uint8Array(0), says: /empty/ },
    { name: 'odd.splat', bytes: new Uint8Array(32 * 10 + 7), says: /not a whole number of 32-byte splats/ },
    { name: 'huge.spz', bytes: gzipSync(spzHeader(2 ** 31)), says: /declares 2,147,483,648 splats/ },
    { name: 'not.spz', bytes: gzipSync(Buffer.from('hello world, not a splat')), says: /NGSP|cut short/ },
    { name: 'not-a-zip.sog', bytes: Buffer.from('{"means":{}}'), says: /not a SOG/ },
    { name: 'all-nan.ply', bytes: plyWithNaN(500, 1), says: /no splat has a position/ },
  ];
}
