import sharp from 'sharp';

/** Where the demo museum stands (Quảng Ninh Museum, Hạ Long): the GPS block a camera would write. */
const MUSEUM_GPS = {
  GPSLatitudeRef: 'N',
  GPSLatitude: '20/1 57/1 1/1',
  GPSLongitudeRef: 'E',
  GPSLongitude: '107/1 5/1 15/1',
};

export const DEMO_PHOTO = { width: 6000, height: 4000, quality: 90 } as const;

/**
 * A 24-megapixel JPEG made the way a museum's camera delivers one: the pixels stored on their side
 * with EXIF orientation 6 (the camera was turned; viewers rotate it back), a GPS block and camera
 * fields — everything the build must apply or strip. The picture is the exhibit's illustration
 * rasterized at a quarter of the size and enlarged, with a fine grain so it compresses like a photo
 * rather than like flat vector art. Deterministic: the same SVG gives the same bytes.
 */
export async function renderDemoPhoto(svg: Buffer | string): Promise<Buffer> {
  const { width, height } = DEMO_PHOTO;
  const small = await sharp(svg, { density: 216 })
    .resize(width / 2.5, height / 2.5, { fit: 'cover' })
    .flatten({ background: '#808080' })
    .png()
    .toBuffer();
  // Gaussian grain from libvips' seeded generator would differ between runs; a fixed pattern does not.
  const grain = await sharp(grainTile(), { raw: { width: 256, height: 256, channels: 1 } })
    .png()
    .toBuffer();
  // Two pipelines: sharp applies an explicit rotation before resizing within one.
  const upright = await sharp(small)
    .resize(width, height, { kernel: 'lanczos3' })
    .composite([{ input: grain, tile: true, blend: 'soft-light' }])
    .raw()
    .toBuffer({ resolveWithObject: true });
  return sharp(upright.data, { raw: upright.info })
    .rotate(-90)
    .jpeg({ quality: DEMO_PHOTO.quality })
    .withExif({
      IFD0: { Make: 'Demo render', Model: 'tools/demo-media', Software: 'museum-guide' },
      IFD3: MUSEUM_GPS,
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
