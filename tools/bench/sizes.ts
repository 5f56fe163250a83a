import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Bytes of one resource or of a sum of resources: as stored, and as a server would send it compressed. */
export type Sizes = { raw: number; gzip: number; brotli: number };

export const zeroSizes: Sizes = { raw: 0, gzip: 0, brotli: 0 };

// Pages share their chunks and stylesheets: the byte budgets measure 630 place pages that load the
// same few files, and brotli at 11 is slow (37 s for those pages, most of it on the same bytes
// again). Sizes depend on the bytes alone, so they are kept by the bytes' hash.
const known = new Map<string, Sizes>();

/**
 * Sizes at the strongest settings (gzip 9, brotli 11): a static host can precompress once, so these
 * are the bytes a visitor on weak Wi-Fi actually waits for.
 */
export function sizesOf(content: string | Uint8Array): Sizes {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  const key = createHash('sha256').update(bytes).digest('base64');
  const seen = known.get(key);
  if (seen) return { ...seen };
  const brotli = brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  });
  const sizes = { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotli.length };
  known.set(key, sizes);
  return { ...sizes };
}

export function addSizes(...all: Sizes[]): Sizes {
  return all.reduce((sum, s) => ({ raw: sum.raw + s.raw, gzip: sum.gzip + s.gzip, brotli: sum.brotli + s.brotli }), {
    ...zeroSizes,
  });
}
