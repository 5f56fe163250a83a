import type { Catalog } from '../schemas/catalog.ts';
import type { LoadedScene, Vec3 } from '../schemas/scene.ts';
import { type ContentProblem, describeValue } from '../loader/problems.ts';
import { blocked, outlineEdge, pointInPolygon, segmentLength, selfIntersections, WALKER_RADIUS } from './geometry.ts';

/** What one scene file cannot say by its schema alone: its references resolve and its plan is sound. */
export function sceneProblems(scene: LoadedScene, catalog: Catalog): ContentProblem[] {
  return [...referenceProblems(scene, catalog), ...planProblems(scene)];
}

function referenceProblems(scene: LoadedScene, catalog: Catalog): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const problem = (field: string, expected: string) => problems.push({ file: scene.file, field, expected });
  const exhibits = new Map(catalog.exhibits.map((e) => [e.id, e]));
  if (!catalog.galleries.some((g) => g.id === scene.gallery)) {
    problem('gallery', `the id of a gallery in content/galleries/, found "${scene.gallery}"`);
  }
  for (const gallery of catalog.galleries.filter((g) => g.scene === scene.id && g.id !== scene.gallery)) {
    problem(
      'gallery',
      `"${gallery.id}", whose scene field (${gallery.file}) names this scene, found "${scene.gallery}"`,
    );
  }
  const placed = new Map<string, number>();
  scene.placements.forEach(({ exhibit: id }, i) => {
    const field = `placements[${i}].exhibit`;
    const exhibit = exhibits.get(id);
    if (!exhibit) problem(field, `an exhibit id from content/exhibits/, found "${id}"`);
    else if (exhibit.gallery !== scene.gallery) {
      // A deep link finds an exhibit's scene through its gallery, so it could never reach this one.
      problem(
        field,
        `an exhibit of gallery "${scene.gallery}", which this scene shows; "${id}" is in "${exhibit.gallery}"`,
      );
    }
    const first = placed.get(id);
    if (first !== undefined)
      problem(field, `each exhibit placed once; "${id}" is already placed at placements[${first}]`);
    else placed.set(id, i);
  });
  scene.tour.forEach(({ exhibit: id }, i) => {
    const field = `tour[${i}].exhibit`;
    if (!exhibits.has(id)) problem(field, `an exhibit id from content/exhibits/, found "${id}"`);
    else if (!placed.has(id))
      problem(field, `an exhibit placed in this scene (one of placements[].exhibit), found "${id}"`);
  });
  return problems;
}

function planProblems(scene: LoadedScene): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const problem = (field: string, expected: string) => problems.push({ file: scene.file, field, expected });
  const { outline } = scene.floor;
  for (const [i, j] of selfIntersections(outline)) {
    const edge = (k: number) => `edge ${k} (point ${k} → ${(k + 1) % outline.length})`;
    problem('floor.outline', `a simple polygon whose edges do not cross; ${edge(i)} meets ${edge(j)}`);
  }
  scene.doorways.forEach((door, i) => {
    if (door.edge >= outline.length) {
      problem(`doorways[${i}].edge`, `an edge index of floor.outline, 0 to ${outline.length - 1}, found ${door.edge}`);
      return;
    }
    const length = Number(segmentLength(outlineEdge(outline, door.edge)).toFixed(3));
    if (door.offset + door.width > length + 1e-6) {
      problem(
        `doorways[${i}].width`,
        `a doorway that fits on edge ${door.edge} (${length} m long): offset + width ≤ ${length}, found ${door.offset} + ${door.width}`,
      );
    }
    const twin = scene.doorways.findIndex((d) => d.id === door.id);
    if (twin < i)
      problem(`doorways[${i}].id`, `a doorway id used once in this scene; "${door.id}" is also doorways[${twin}]`);
  });
  const inside = (field: string, [x, , z]: Vec3) => {
    const ok = pointInPolygon([x, z], outline);
    if (!ok) problem(field, `a point inside floor.outline, found ${describeValue([x, z])} as [x, z]`);
    return ok;
  };
  scene.placements.forEach((p, i) => {
    inside(`placements[${i}].position`, p.position);
  });
  scene.tour.forEach((stop, i) => {
    inside(`tour[${i}].camera.position`, stop.camera.position);
  });
  const [x, , z] = scene.spawn.position;
  if (inside('spawn.position', scene.spawn.position) && blocked(scene, x, z, WALKER_RADIUS)) {
    problem(
      'spawn.position',
      `a spot where a visitor can stand, ${WALKER_RADIUS} m clear of walls and exhibit footprints, found [${x}, ${z}] as [x, z]`,
    );
  }
  return problems;
}
