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

/**
 * The largest scan or splat capture the editor uploads. Decap sends an upload base64-encoded (a third
 * larger) inside one JSON request: decap-server, the local backend of `npm run edit`, parses request
 * bodies of at most 50 MB (express.json({ limit: '50mb' }) in decap-server/dist), so about 37 MB of file;
 * GitHub, the production backend, refuses files over 100 MB. 35 MB keeps both working; Decap refuses a
 * larger file before reading it, and `npm run models:import` / `npm run splats:import` take up to 1 GB.
 */
export const SOURCE_UPLOAD_MAX_BYTES = 35 * 1024 * 1024;
