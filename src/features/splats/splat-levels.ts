import type { Splat, SplatLevel } from '../../content/schemas/splat.ts';

/**
 * What a viewer loads, in order: the coarse level for the first frame, then the one level the device
 * can afford (a phone never gets the desktop level: 3M splats do not sort in time on its CPU). Pure,
 * so the tour, the object viewer and the offline packs agree.
 */
export function splatLoadOrder(splat: Splat, phone: boolean): SplatLevel[] {
  const detail = (phone ? undefined : splat.desktop) ?? splat.phone;
  return detail ? [splat.coarse, detail] : [splat.coarse];
}

/** A phone or small tablet, by what the browser reports (coarse pointer, or small screen and little memory). */
export function looksLikePhone(info: {
  coarsePointer: boolean;
  screenWidth: number;
  deviceMemoryGb?: number;
}): boolean {
  return info.coarsePointer || info.screenWidth < 900 || (info.deviceMemoryGb ?? 8) < 4;
}

/** Bytes a visitor downloads to see the splat in full on this device (what the button and the pack show). */
export function splatBytes(splat: Splat, phone: boolean): number {
  return splatLoadOrder(splat, phone).reduce((sum, level) => sum + level.bytes, 0);
}

/** Every file of the splat, for an offline pack: the coarse and phone levels (a pack is for the phone in hand). */
export function splatPackFiles(splat: Splat): string[] {
  return splatLoadOrder(splat, true).map((level) => level.src);
}
