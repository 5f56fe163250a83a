import { open } from 'node:fs/promises';
import { capturePlyHeader, capturePlyProperties } from './capture-layout.ts';
import { fillSplatRows, type GeneratedSplatOptions } from './generated-object.ts';

/**
 * Writes a generated capture as a capture-layout PLY, in blocks so 2M splats never sit in memory.
 * `fill` makes the rows: the jar (the default) or another generator with the same contract.
 */
export async function writeGeneratedPly(
  path: string,
  options: GeneratedSplatOptions,
  fill: typeof fillSplatRows = fillSplatRows,
): Promise<number> {
  const shDegree = options.shDegree ?? 3;
  const stride = capturePlyProperties(shDegree).length;
  const file = await open(path, 'w');
  try {
    const header = Buffer.from(capturePlyHeader(options.count, shDegree), 'latin1');
    await file.write(header);
    const block = 65_536;
    const rows = new Float32Array(block * stride);
    for (let start = 0; start < options.count; start += block) {
      const n = Math.min(block, options.count - start);
      fill(rows, start, n, options);
      await file.write(new Uint8Array(rows.buffer, 0, n * stride * 4));
    }
    return header.byteLength + options.count * stride * 4;
  } finally {
    await file.close();
  }
}
