/**
 * How images uploaded through the editor are limited: a phone photo straight from the camera is several
 * megabytes and 4000 px wide, which the guide would then send to visitors on weak Wi-Fi. Decap refuses
 * a file over `MAX_UPLOAD_BYTES` before reading it, then (media_processing) resizes what it accepts to a
 * fixed width, re-encodes it as WebP and strips its metadata (camera, GPS position) in the browser.
 */
export const MAX_UPLOAD_BYTES = 12 * 1024 * 1024;

export const IMAGE_WIDTHS = {
  /** A place's or an expert's photo. */
  photo: 1200,
  /** An exhibit's, gallery's or museum's main image. */
  illustration: 1600,
} as const;

export function mediaProcessing(kind: keyof typeof IMAGE_WIDTHS) {
  return {
    enabled: true,
    format: { enabled: true, default: 'webp' },
    quality: 80,
    strip_metadata: true,
    width: IMAGE_WIDTHS[kind],
  } as const;
}
