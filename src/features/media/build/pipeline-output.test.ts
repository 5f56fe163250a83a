import { readFileSync } from 'node:fs';
import sharpService from 'astro/assets/services/sharp';
import type { ImageTransform } from 'astro';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { cachedTestPhotos } from '../../../../test/fixtures/photos/make-photos.ts';

let photos: Awaited<ReturnType<typeof cachedTestPhotos>>;
beforeAll(async () => {
  photos = await cachedTestPhotos();
}, 180_000);

const logger = { warn: (m: string) => console.warn(m) };

/** What Astro's image service (astro:assets with sharp, as the build runs it) makes of an original. */
async function processed(path: string, transform: Partial<ImageTransform>) {
  const config = { service: { entrypoint: 'astro/assets/services/sharp', config: {} } };
  // @ts-expect-error the logger and image config are Astro internals; the service uses only these parts
  const { data } = await sharpService.transform(readFileSync(path), { src: path, ...transform }, config, logger);
  return { data: Buffer.from(data), meta: await sharp(data).metadata() };
}

describe('photos through Astro’s image pipeline', () => {
  it('turns a camera JPEG upright (EXIF orientation 6), at the width asked, sRGB, with no EXIF or GPS left', async () => {
    const { data, meta } = await processed(photos.camera, { width: 1080, format: 'avif' });
    expect(meta.format).toBe('heif');
    expect([meta.width, meta.height]).toEqual([1080, 720]);
    expect(meta.space).toBe('srgb');
    expect(meta.exif).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
    expect(data.includes(Buffer.from('GPS'))).toBe(false);
    expect(data.includes(Buffer.from('TestCam'))).toBe(false);
    // The red quarter is top left once upright (unrotated, it would be bottom left).
    const { data: px } = await sharp(data).extract({ left: 100, top: 100, width: 1, height: 1 }).raw().toBuffer({
      resolveWithObject: true,
    });
    expect(px[0]).toBeGreaterThan(180);
    expect(px[2]).toBeLessThan(80);
  }, 60_000);

  it('gives a WebP at 1080 px well under the phone budget of 100 KB, without metadata', async () => {
    const { data, meta } = await processed(photos.camera, { width: 1080, format: 'webp', quality: 55 });
    expect(meta.format).toBe('webp');
    expect(meta.exif).toBeUndefined();
    expect(data.length).toBeLessThan(100 * 1024);
  }, 60_000);

  it('converts a CMYK JPEG to sRGB and a 16-bit PNG to 8 bits', async () => {
    const cmyk = await processed(photos.cmyk, { width: 540, format: 'webp' });
    expect(cmyk.meta.space).toBe('srgb');
    expect(cmyk.meta.channels).toBe(3);
    const png16 = await processed(photos.png16, { width: 540, format: 'avif' });
    expect(png16.meta.depth).toBe('uchar');
    expect(png16.meta.width).toBe(540);
  }, 60_000);
});
