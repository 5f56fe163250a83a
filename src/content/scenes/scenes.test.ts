import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../loader/load-catalog.ts';
import { blocked, WALKER_RADIUS } from './geometry.ts';
import { loadScenes } from './load-scenes.ts';
import { facingPose } from './poses.ts';
import { getScenes } from './scenes.ts';

// The museum's own scenes against its own content: what ships must load, and be complete.
const root = process.cwd();
const catalog = loadCatalog(root);
const scenes = loadScenes(root, catalog);

describe('the scenes in scenes/', () => {
  it('load cleanly, one per gallery that names a scene', () => {
    const named = catalog.galleries.flatMap((g) => (g.scene ? [[g.scene, g.id]] : []));
    expect(named.length).toBeGreaterThan(0);
    expect(scenes.map((s) => [s.id, s.gallery]).sort()).toEqual(named.sort());
  });

  it('place every exhibit of the gallery, and tour them all in label-code order', () => {
    for (const scene of scenes) {
      const exhibits = catalog.exhibits.filter((e) => e.gallery === scene.gallery).sort((a, b) => a.order - b.order);
      expect(scene.placements.map((p) => p.exhibit).sort(), scene.file).toEqual(exhibits.map((e) => e.id).sort());
      expect(
        scene.tour.map((stop) => stop.exhibit),
        scene.file,
      ).toEqual(exhibits.sort((a, b) => a.code.localeCompare(b.code)).map((e) => e.id));
    }
  });

  it('link every doorway both ways', () => {
    const byId = new Map(scenes.map((s) => [s.id, s]));
    const links = scenes.flatMap((s) => s.doorways.map((d) => ({ from: `${s.id}/${d.id}`, to: d.to })));
    expect(links.length).toBeGreaterThan(0);
    for (const { from, to } of links) {
      const back = byId.get(to.scene)?.doorways.find((d) => d.id === to.doorway)?.to;
      expect(back && `${back.scene}/${back.doorway}`, from).toBe(from);
    }
  });

  it('give every exhibit a deep-link pose where a visitor can stand', () => {
    for (const scene of scenes) {
      for (const { exhibit } of scene.placements) {
        const pose = facingPose(scene, exhibit);
        const [x, y, z] = pose?.position ?? [Number.NaN, 0, Number.NaN];
        expect(y).toBe(1.6);
        expect(blocked(scene, x, z, WALKER_RADIUS), `${scene.id}?exhibit=${exhibit}`).toBe(false);
      }
    }
  });

  it('keep every tour camera where a visitor can stand', () => {
    for (const scene of scenes) {
      scene.tour.forEach(({ camera }, i) => {
        expect(blocked(scene, camera.position[0], camera.position[2], WALKER_RADIUS), `${scene.id} tour[${i}]`).toBe(
          false,
        );
      });
    }
  });

  it('are served to pages by id', () => {
    expect([...getScenes().keys()].sort()).toEqual(scenes.map((s) => s.id).sort());
  });
});
