import sharp from 'sharp';

/** The GPS block a camera writes: where the museum stands, as EXIF rationals (degrees, minutes, seconds). */
export interface CameraGps {
  GPSLatitudeRef: 'N' | 'S';
  GPSLatitude: string;
  GPSLongitudeRef: 'E' | 'W';
  GPSLongitude: string;
}

/**
 * An upright picture (8-bit RGB) as a museum's camera delivers it: a grain pattern over it (so it
 * compresses like a photo rather than like flat render), the pixels stored on their side with EXIF
 * orientation 6 (the camera was turned; viewers rotate it back), a GPS block and camera fields:
 * everything the build must apply or strip. Deterministic: the same pixels give the same bytes.
 */
export async function cameraJpeg(
  rgb: Uint8Array,
  size: { width: number; height: number },
  gps: CameraGps,
  quality = 90,
): Promise<Buffer> {
  // Gaussian grain from libvips' seeded generator would differ between runs; a fixed pattern does not.
  const grain = await sharp(grainTile(), { raw: { width: 256, height: 256, channels: 1 } })
    .png()
    .toBuffer();
  // Two pipelines: sharp applies an explicit rotation before compositing within one.
  const upright = await sharp(rgb, { raw: { ...size, channels: 3 } })
    .composite([{ input: grain, tile: true, blend: 'soft-light' }])
    .raw()
    .toBuffer({ resolveWithObject: true });
  return sharp(upright.data, { raw: upright.info })
    .rotate(-90)
    .jpeg({ quality })
    .withExif({
      IFD0: { Make: 'Demo render', Model: 'tools/demo-media', Software: 'museum-guide' },
      IFD3: { ...gps },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer();
}

/** A 256×256 grain pattern from a small linear congruential generator: the same on every machine. */
function grainTile(): Buffer {
  const tile = Buffer.alloc(256 * 256);
  let seed = 15;
  for (let i = 0; i < tile.length; i++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    tile[i] = 128 + (((seed >>> 16) % 41) - 20);
  }
  return tile;
}
