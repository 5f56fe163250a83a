/** What the build takes from a museum: beyond these a photo is refused with its file and field named. */
export const PHOTO_LIMITS = {
  maxPixels: 60_000_000,
  maxBytes: 50 * 1024 * 1024,
  /** Above this a photo also gets deep-zoom tiles ("Look closer"). */
  zoomAbovePixels: 12_000_000,
} as const;

/**
 * The widths the build makes of every photo, AVIF and WebP. 1080 covers a 412 px phone at DPR 2.6
 * (1071 device pixels) without sending a larger file; 1600 is the most a page shows (a desktop hero).
 */
export const PHOTO_WIDTHS = [360, 540, 720, 1080, 1600] as const;

/** The largest width a phone's offline pack carries. */
export const PACK_PHOTO_MAX_WIDTH = 1080;

/**
 * The deepest zoom level an offline pack carries: levels up to this long side (half of a 24 MP photo).
 * The full pyramid of one 24 MP photo is about 140 tiles and 1.1 MB; to this side, about 40 tiles and
 * a quarter of the bytes. Deeper levels stay online; offline, the viewer shows the deepest it has.
 */
export const PACK_ZOOM_MAX_SIDE = 3000;
