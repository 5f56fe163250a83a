import { statSync } from 'node:fs';
import sharp, { type Metadata } from 'sharp';
import { PHOTO_LIMITS } from '../photo-limits.ts';

/** What the check learnt of a photo that passed: its upright size, for the page and the zoom tiles. */
export interface CheckedPhoto {
  width: number;
  height: number;
  format: string;
}

const MB = 1024 * 1024;

/**
 * Opens a museum's original photo and says, in words a curator can act on, why the build cannot take
 * it: too large, animated, a format the image library cannot decode (with what to convert it to), or
 * a damaged file (decoded in full, since a truncated JPEG otherwise passes with a grey lower half).
 * Returns the problem, or the photo's upright size.
 */
export async function checkPhotoFile(path: string, shown: string): Promise<{ problem: string } | CheckedPhoto> {
  let bytes: number;
  try {
    bytes = statSync(path).size;
  } catch {
    return { problem: `a photograph at content/${shown}; there is no such file` };
  }
  if (bytes > PHOTO_LIMITS.maxBytes)
    return {
      problem: `a photo of at most ${PHOTO_LIMITS.maxBytes / MB} MB; ${shown} has ${(bytes / MB).toFixed(1)} MB (save it as JPEG, quality 90)`,
    };
  const heif = /\.(heic|heif)$/i.test(shown);
  let meta: Metadata;
  try {
    meta = await sharp(path, { limitInputPixels: false }).metadata();
  } catch (error) {
    return { problem: unreadable(shown, heif, error) };
  }
  const pixels = (meta.width ?? 0) * (meta.pageHeight ?? meta.height ?? 0);
  if (pixels > PHOTO_LIMITS.maxPixels)
    return {
      problem: `a photo of at most ${PHOTO_LIMITS.maxPixels / 1e6} megapixels; ${shown} has ${(pixels / 1e6).toFixed(1)} MP (${meta.width}×${meta.height}): reduce it to at most 9000×6000`,
    };
  if ((meta.pages ?? 1) > 1 && meta.format !== 'heif')
    return {
      problem: `a still photograph; ${shown} is animated (${meta.pages} frames): export the frame to show as JPEG or PNG`,
    };
  if (heif) {
    // libvips reads HEIF holding AV1 (that is AVIF), not HEVC, the codec of an iPhone's HEIC.
    if (meta.compression === 'av1')
      return { problem: `${shown} is HEIF with AV1 inside, which is AVIF: rename it to end in .avif` };
    return {
      problem: `a photo this build can decode; ${shown} is HEIC (HEVC), which its image library does not read: convert it to JPEG (quality 90) or AVIF`,
    };
  }
  try {
    // A full decode at a small size: shrink-on-load keeps it quick; failOn catches a truncated file.
    await sharp(path, { failOn: 'truncated', limitInputPixels: false }).resize(64).raw().toBuffer();
  } catch (error) {
    return {
      problem: `a complete image file; ${shown} is damaged or cut short (${firstLine(error)}): export it again`,
    };
  }
  const sideways = (meta.orientation ?? 1) >= 5;
  const width = meta.width ?? 0;
  const height = meta.height ?? 0;
  return { width: sideways ? height : width, height: sideways ? width : height, format: meta.format ?? 'unknown' };
}

function unreadable(shown: string, heif: boolean, error: unknown): string {
  if (heif)
    return `a photo this build can decode; ${shown} is HEIC, which its image library does not read (${firstLine(error)}): convert it to JPEG (quality 90) or AVIF`;
  return `a JPEG, PNG, WebP, AVIF or TIFF photograph; ${shown} cannot be read as one (${firstLine(error)}): save it as JPEG`;
}

function firstLine(error: unknown): string {
  return String((error as Error)?.message ?? error)
    .split('\n')[0]!
    .slice(0, 120);
}
