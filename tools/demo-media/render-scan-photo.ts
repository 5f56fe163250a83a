import sharp from 'sharp';
import { cameraJpeg } from './camera-jpeg.ts';
import { readScanMesh } from './scan-mesh.ts';
import { renderStudio } from './studio-render.ts';

/** Where the Museum of Cham Sculpture stands (Đà Nẵng): the GPS block its camera would write. */
const CHAM_MUSEUM_GPS = {
  GPSLatitudeRef: 'N',
  GPSLatitude: '16/1 3/1 38/1',
  GPSLongitudeRef: 'E',
  GPSLongitude: '108/1 13/1 24/1',
} as const;

/**
 * The sizes of the studio photographs of the generated scans. Most are 3.8 MP, more than the largest
 * size a page shows (1600 px) and quick to make; the Trà Kiệu altar's is 24 MP, above the deep-zoom
 * threshold, so a Cham exhibit has "Look closer" too. Each is rendered at three quarters of its size
 * and enlarged, which softens the edges as a lens does and costs half the rendering.
 */
export const SCAN_PHOTO = { width: 2400, height: 1600, quality: 90 } as const;
export const SCAN_PHOTO_LARGE = { width: 6000, height: 4000, quality: 90 } as const;
export const LARGE_SCAN_PHOTOS: readonly string[] = ['tra-kieu-altar'];

export function scanPhotoSize(id: string): { width: number; height: number; quality: number } {
  return LARGE_SCAN_PHOTOS.includes(id) ? SCAN_PHOTO_LARGE : SCAN_PHOTO;
}

/** A studio photograph of the model in `glb` (a three-quarter view from a little above), as a JPEG. */
export async function renderScanPhoto(glb: string, size: { width: number; height: number; quality: number }) {
  const parts = await readScanMesh(glb);
  const raster = { width: Math.round(size.width * 0.75), height: Math.round(size.height * 0.75) };
  const rgb = renderStudio(parts, { ...raster, azimuth: 25, elevation: 10, fovY: 16, fill: 0.8 });
  const { data } = await sharp(rgb, { raw: { ...raster, channels: 3 } })
    .resize(size.width, size.height, { kernel: 'lanczos3' })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return cameraJpeg(data, size, CHAM_MUSEUM_GPS, size.quality);
}
