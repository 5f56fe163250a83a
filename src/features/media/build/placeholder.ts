import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { photoHash } from './photo-hash.ts';

/** Width of the inline placeholder: a blur of 16 pixels costs about 200 bytes of HTML. */
const PLACEHOLDER_WIDTH = 16;

/**
 * A tiny blurred WebP of the photo as a data: URI, shown behind the photo while it loads (a few
 * hundred bytes in the page, no request). Cached by the original's content hash in node_modules/.cache.
 */
export async function photoPlaceholder(path: string, root = process.cwd()): Promise<string> {
  const cache = join(root, 'node_modules', '.cache', 'museum-media', 'placeholders', `${photoHash(path)}.txt`);
  try {
    return readFileSync(cache, 'utf8');
  } catch {}
  const webp = await sharp(path, { limitInputPixels: false })
    .rotate()
    .resize(PLACEHOLDER_WIDTH)
    .blur(0.6)
    .webp({ quality: 40 })
    .toBuffer();
  const uri = `data:image/webp;base64,${webp.toString('base64')}`;
  mkdirSync(join(cache, '..'), { recursive: true });
  writeFileSync(cache, uri);
  return uri;
}
