import { PHOTO_LIMITS } from './photo-limits.ts';

/** Photos above ~12 MP hold detail a phone's screen cannot show at once: they get "Look closer". */
export function isZoomable(width: number, height: number): boolean {
  return width * height > PHOTO_LIMITS.zoomAbovePixels;
}
