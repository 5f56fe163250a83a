import type { LoadedScene } from '../schemas/scene.ts';
import { getCatalog } from '../catalog.ts';
import { loadScenes } from './load-scenes.ts';

let cached: ReadonlyMap<string, LoadedScene> | undefined;

/**
 * The scenes the pages render, by scene id, checked against the catalog. Read once per build, like
 * getCatalog; `fresh` reads both again.
 */
export function getScenes(options: { fresh?: boolean } = {}): ReadonlyMap<string, LoadedScene> {
  if (!cached || options.fresh) {
    cached = new Map(loadScenes(process.cwd(), getCatalog(options)).map((scene) => [scene.id, scene]));
  }
  return cached;
}
