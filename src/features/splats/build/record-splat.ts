import type { Splat } from '../../../content/schemas/splat.ts';
import type { RoomSplat } from '../../../content/schemas/scene.ts';

/**
 * Puts a room's splat into a scene's JSON text: a splat imported again from the same folder replaces
 * the one there (and keeps where it was placed), a new one is added at the room's origin. Pure.
 */
export function withRoomSplat(sceneJson: string, splat: Splat, folder: string): string {
  const scene = JSON.parse(sceneJson) as { splats?: RoomSplat[] };
  const splats = scene.splats ?? [];
  const index = splats.findIndex((s) => s.splat.coarse.src.startsWith(`${folder}/`));
  const placed: RoomSplat =
    index >= 0 ? { ...(splats[index] as RoomSplat), splat } : { splat, position: [0, 0, 0], rotation: 0, scale: 1 };
  const next = index >= 0 ? splats.map((s, i) => (i === index ? placed : s)) : [...splats, placed];
  return `${JSON.stringify({ ...scene, splats: next }, null, 2)}\n`;
}

/** Parses "a,b,c" into exactly `n` finite numbers, or says what was expected. */
export function numberList<N extends number>(text: string | undefined, n: N, option: string): number[] {
  const values = (text ?? '').split(',').map((v) => Number(v.trim()));
  if (values.length !== n || values.some((v) => !Number.isFinite(v)))
    throw new Error(`${option} expects ${n} numbers separated by commas, got "${text ?? ''}"`);
  return values;
}
