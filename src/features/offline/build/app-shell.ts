/**
 * What the service worker precaches: the app shell only. Styles, the core scripts, the offline page in
 * every language, the label-code table, the not-found page (it resolves mistyped short links), icons
 * and manifests. Lazy, heavy parts (the scanner's decoder, the search engine, the 3D tour) and all
 * content files are cached when used or downloaded as a pack.
 */
export const APP_SHELL = {
  include: (languages: readonly string[]) => [
    '_astro/*.css',
    '_astro/*.js',
    '404.html',
    'favicon.svg',
    'icons/*.png',
    'x/codes.json',
    ...languages.flatMap((l) => [`${l}/offline/index.html`, `${l}/manifest.webmanifest`]),
  ],
  exclude: ['_astro/zxing*', '_astro/*.wasm', '_astro/tour-3d.*', '_astro/client.*'],
};

/**
 * Set on purpose: workbox-build silently drops larger files from the precache (2 MiB by default). No
 * shell file comes near this; the build fails if one does rather than shipping an incomplete shell.
 */
export const PRECACHE_FILE_LIMIT = 512 * 1024;
