import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cachedTestPhotos } from '../../../../test/fixtures/photos/make-photos.ts';
import { checkPhotoFile } from './check-photo-file.ts';
import { checkPhotos } from './check-photos.ts';
import type { Catalog } from '../../../content/schemas/catalog.ts';

const dir = join(tmpdir(), `photo-check-${process.pid}`);
let photos: Awaited<ReturnType<typeof cachedTestPhotos>>;

beforeAll(async () => {
  photos = await cachedTestPhotos();
  // checkPhotos reads content/ under a project root: give it one holding the damaged file.
  mkdirSync(join(dir, 'content', 'media', 'test'), { recursive: true });
  cpSync(photos.truncated, join(dir, 'content', 'media', 'test', 'truncated.jpg'));
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('checkPhotoFile', () => {
  it('takes a 24 MP camera JPEG turned by EXIF orientation 6 and reports its upright size', async () => {
    expect(await checkPhotoFile(photos.camera, 'media/test/camera-24mp.jpg')).toEqual({
      width: 6000,
      height: 4000,
      format: 'jpeg',
    });
  });

  it('takes a CMYK JPEG and a 16-bit PNG (the pipeline converts them)', async () => {
    expect(await checkPhotoFile(photos.cmyk, 'media/test/print-cmyk.jpg')).toMatchObject({ width: 1200 });
    expect(await checkPhotoFile(photos.png16, 'media/test/scan-16bit.png')).toMatchObject({ width: 1200 });
  });

  it.each([
    ['gif', 'media/test/animated.gif', /a still photograph; media\/test\/animated\.gif is animated \(3 frames\)/],
    ['truncated', 'media/test/truncated.jpg', /media\/test\/truncated\.jpg is damaged or cut short/],
    ['huge', 'media/test/huge-61mp.jpg', /at most 60 megapixels; media\/test\/huge-61mp\.jpg has 61\.0 MP/],
    ['heavy', 'media/test/heavy-51mb.jpg', /at most 50 MB; media\/test\/heavy-51mb\.jpg has 51\.0 MB/],
    ['heic', 'media/test/iphone.heic', /media\/test\/iphone\.heic is HEIC.*convert it to JPEG \(quality 90\) or AVIF/],
  ] as const)('refuses the %s file, naming it and what to do', async (name, shown, message) => {
    const result = await checkPhotoFile(photos[name], shown);
    expect(result).toHaveProperty('problem');
    expect((result as { problem: string }).problem).toMatch(message);
  });
});

describe('checkPhotos', () => {
  it('names the entry file and the field of each refused photo', async () => {
    const entry = (file: string, src: string) => ({ file, photos: [{ src, kind: 'photograph' as const, alt: {} }] });
    const catalog = {
      museums: [],
      galleries: [],
      places: [],
      experts: [entry('content/experts/an.vi.md', 'media/test/missing.jpg')],
      exhibits: [entry('content/exhibits/drum.vi.md', 'media/test/truncated.jpg')],
    } as unknown as Catalog;
    const problems = await checkPhotos(catalog, dir);
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content/exhibits/drum.vi.md', field: 'photos[0].src' }),
      {
        file: 'content/experts/an.vi.md',
        field: 'photos[0].src',
        expected: 'a photograph at content/media/test/missing.jpg; there is no such file',
      },
    ]);
  });
});
