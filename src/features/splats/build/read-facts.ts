import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { createGunzip } from 'node:zlib';
import { inspectSplatHeader, type SplatFileFacts } from './inspect-header.ts';
import { type PositionTally, tallyPositions } from './position-scan.ts';

const HEAD_BYTES = 65_536;

/** What the file at `path` declares (inspect-header.ts), read from its first 64 KB. */
export async function readSplatFacts(path: string): Promise<SplatFileFacts & { size: number }> {
  const { size } = await stat(path);
  const file = await open(path);
  try {
    const head = new Uint8Array(Math.min(size, HEAD_BYTES));
    await file.read(head, 0, head.byteLength, 0);
    const name = basename(path);
    // SPZ up to version 3 is gzipped; version 4 starts with its header.
    const header = /\.spz$/i.test(name) && head[0] === 0x1f && head[1] === 0x8b ? await gunzipStart(head, 16) : head;
    return { ...inspectSplatHeader(name, size, header), size };
  } finally {
    await file.close();
  }
}

/** The first `bytes` of a gzip stream, from its first block only (a damaged rest does not matter here). */
function gunzipStart(compressed: Uint8Array, bytes: number): Promise<Uint8Array> {
  return new Promise((resolve) => {
    const gunzip = createGunzip();
    const parts: Buffer[] = [];
    let got = 0;
    const done = () => resolve(new Uint8Array(Buffer.concat(parts)).slice(0, bytes));
    gunzip.on('data', (chunk: Buffer) => {
      parts.push(chunk);
      got += chunk.byteLength;
      if (got >= bytes) {
        gunzip.destroy();
        done();
      }
    });
    gunzip.on('error', done);
    gunzip.on('end', done);
    gunzip.end(compressed);
  });
}

/** Scans a PLY's positions (position-scan.ts) in 4 MB blocks. */
export async function scanPlyPositions(path: string, facts: SplatFileFacts): Promise<PositionTally> {
  let tally: PositionTally = { scanned: 0, nonFinite: 0 };
  const { stride, positionOffsets, dataOffset, count } = facts;
  if (!stride || !positionOffsets || dataOffset === undefined || !count) return tally;
  const file = await open(path);
  try {
    const rowsPerBlock = Math.max(1, Math.floor((4 << 20) / stride));
    const block = new Uint8Array(rowsPerBlock * stride);
    for (let row = 0; row < count; row += rowsPerBlock) {
      const rows = Math.min(rowsPerBlock, count - row);
      const { bytesRead } = await file.read(block, 0, rows * stride, dataOffset + row * stride);
      tally = tallyPositions(tally, block.subarray(0, bytesRead), stride, positionOffsets);
      if (bytesRead < rows * stride) break;
    }
    return tally;
  } finally {
    await file.close();
  }
}
