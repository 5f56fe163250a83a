import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Bytes of one resource or of a sum of resources: as stored, and as a server would send it compressed. */
export type Sizes = { raw: number; gzip: number; brotli: number };

export const zeroSizes: Sizes = { raw: 0, gzip: 0, brotli: 0 };

/**
 * Sizes at the strongest settings (gzip 9, brotli 11): a static host can precompress once, so these
 * are the bytes a visitor on weak Wi-Fi actually waits for.
 */
export function sizesOf(content: string | Uint8Array): Sizes {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  const brotli = brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  });
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotli.length };
}

export function addSizes(...all: Sizes[]): Sizes {
  return all.reduce((sum, s) => ({ raw: sum.raw + s.raw, gzip: sum.gzip + s.gzip, brotli: sum.brotli + s.brotli }), {
    ...zeroSizes,
  });
}
