import type { ImageMetadata } from 'astro';

/**
 * Every original under content/media/, imported so Astro's image pipeline (astro:assets, sharp) makes
 * the sizes from it: the file itself is not copied to the site unless a page uses it unprocessed,
 * which no page does (Photo.astro passes it only to <Picture>). HEIC is missing on purpose: the photo
 * check refuses it with what to convert to before a page is built.
 */
const originals = import.meta.glob<ImageMetadata>(
  '/content/media/**/*.{jpg,jpeg,png,webp,avif,tif,tiff,JPG,JPEG,PNG,WEBP,AVIF,TIF,TIFF}',
  { eager: true, import: 'default' },
);

/**
 * Its size, read from a copy: reading any property of the imported image itself marks the original as
 * used outside the pipeline, and Astro then copies the 24 MP file into dist/_astro/.
 */
export function photoSize(original: ImageMetadata): { width: number; height: number } {
  const { width, height } = (original as ImageMetadata & { clone?: ImageMetadata }).clone ?? original;
  return { width, height };
}

/** The imported original named by a `photos[].src` ("media/…", relative to content/). */
export function photoOriginal(src: string): ImageMetadata {
  const original = originals[`/content/${src}`];
  // The content check has already refused a missing file with its entry's name; this is a bug guard.
  if (!original) throw new Error(`content/${src} is named in content but was not found by the image pipeline`);
  return original;
}
