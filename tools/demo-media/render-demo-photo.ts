import sharp from 'sharp';
import { cameraJpeg } from './camera-jpeg.ts';

/** Where the Quảng Ninh Museum stands (Hạ Long): the GPS block its camera would write. */
const MUSEUM_GPS = {
  GPSLatitudeRef: 'N',
  GPSLatitude: '20/1 57/1 1/1',
  GPSLongitudeRef: 'E',
  GPSLongitude: '107/1 5/1 15/1',
} as const;

export const DEMO_PHOTO = { width: 6000, height: 4000, quality: 90 } as const;

/**
 * A 24-megapixel JPEG made the way a museum's camera delivers one (cameraJpeg: EXIF orientation 6,
 * GPS, camera fields). The picture is the exhibit's illustration rasterized at a fraction of the size
 * and enlarged, with a fine grain so it compresses like a photo rather than like flat vector art.
 * Deterministic: the same SVG gives the same bytes.
 */
export async function renderDemoPhoto(svg: Buffer | string): Promise<Buffer> {
  const { width, height } = DEMO_PHOTO;
  const small = await sharp(svg, { density: 216 })
    .resize(width / 2.5, height / 2.5, { fit: 'cover' })
    .flatten({ background: '#808080' })
    .png()
    .toBuffer();
  const { data } = await sharp(small)
    .resize(width, height, { kernel: 'lanczos3' })
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return cameraJpeg(data, { width, height }, MUSEUM_GPS, DEMO_PHOTO.quality);
}
