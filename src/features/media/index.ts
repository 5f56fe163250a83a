/** What other features may use of photographs (the offline packs: which sizes a phone needs). */
export { PACK_PHOTO_MAX_WIDTH, PACK_ZOOM_MAX_SIDE } from './photo-limits.ts';
