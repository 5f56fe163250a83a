import type { Document } from '@gltf-transform/core';
import { getBounds, normals, weld } from '@gltf-transform/functions';
import { SOURCE_LIMITS } from './limits.ts';
import { chooseUnit, plinthTranslation, type Unit, UNIT_METRES, upAxisRotation } from './placement.ts';
import { ImportProblem } from './sniff.ts';

export interface PrepareOptions {
  id: string;
  gltf: boolean;
  unit?: Unit;
  up: 'y' | 'z';
  /** The exhibit's recorded height in metres, to tell the unit of OBJ and PLY files. */
  expectedHeight?: number;
}

export interface Prepared {
  unit: Unit;
  triangles: number;
  size: [number, number, number];
}

/** Triangles of every primitive (indexed or not) in the document. */
export function countTriangles(document: Document): number {
  let n = 0;
  for (const mesh of document.getRoot().listMeshes())
    for (const p of mesh.listPrimitives())
      if (p.getMode() === 4) n += (p.getIndices()?.getCount() ?? p.getAttribute('POSITION')?.getCount() ?? 0) / 3;
  return Math.round(n);
}

/**
 * Refuses what no level could be made from (non-numeric positions, too many triangles, no texture or
 * colour), then welds, adds normals where missing, and places the scan: one root node named after
 * the exhibit, turned Y-up, scaled to metres, standing on y = 0 and centred.
 */
export async function prepareScan(file: string, document: Document, options: PrepareOptions): Promise<Prepared> {
  const root = document.getRoot();
  const triangles = countTriangles(document);
  if (triangles === 0) throw new ImportProblem(file, 'holds no triangles.', 'Export the scan as a triangle mesh.');
  if (triangles > SOURCE_LIMITS.triangles)
    throw new ImportProblem(
      file,
      `has ${triangles} triangles, over the ${SOURCE_LIMITS.triangles} the importer takes.`,
      'Decimate it in the capture software first (a 2–5 million triangle export is plenty).',
    );
  for (const accessor of root.listMeshes().flatMap((m) => m.listPrimitives().map((p) => p.getAttribute('POSITION')))) {
    const array = accessor?.getArray();
    if (!array) continue;
    const bad = array.findIndex((v) => !Number.isFinite(v));
    if (bad >= 0)
      throw new ImportProblem(
        file,
        `has a vertex whose position is not a number (NaN or infinite) at vertex ${Math.floor(bad / 3)}.`,
        'Repair the mesh in the capture software or Blender (delete loose or broken vertices) and export it again.',
      );
  }
  const textured = root.listMaterials().some((m) => m.getBaseColorTexture());
  const coloured = root.listMeshes().some((m) => m.listPrimitives().some((p) => p.getAttribute('COLOR_0')));
  if (!textured && !coloured)
    throw new ImportProblem(
      file,
      'has no texture and no vertex colours: it would show as a grey shape.',
      'Export the scan with its texture (GLB with the texture inside, or OBJ with its MTL and image) or with vertex colours.',
    );
  for (const texture of root.listTextures()) {
    const size = texture.getSize();
    if (size && Math.max(...size) > SOURCE_LIMITS.textureEdge)
      throw new ImportProblem(
        file,
        `has a ${size[0]}×${size[1]} texture, over ${SOURCE_LIMITS.textureEdge} pixels a side.`,
        'Export the texture at 8K (8192 pixels) or less.',
      );
  }

  // normals() unwelds to write flat normals, so it runs only when some primitive lacks them, and
  // before weld() (which indexes the mesh again for the simplifier).
  const unlit = root.listMeshes().some((m) => m.listPrimitives().some((p) => !p.getAttribute('NORMAL')));
  if (unlit) await document.transform(normals({ overwrite: false }));
  await document.transform(weld());

  const scene = root.getDefaultScene() ?? root.listScenes()[0];
  if (!scene) throw new ImportProblem(file, 'has no scene.', 'Export it again.');
  const exhibit = document.createNode(options.id).setRotation(upAxisRotation(options.up));
  for (const child of scene.listChildren()) {
    scene.removeChild(child);
    exhibit.addChild(child);
  }
  scene.addChild(exhibit);
  const raw = getBounds(scene);
  const height = raw.max[1] - raw.min[1];
  const unit = chooseUnit(options.unit, options.gltf, height, options.expectedHeight);
  const s = UNIT_METRES[unit];
  exhibit.setScale([s, s, s]);
  exhibit.setTranslation(plinthTranslation(getBounds(scene)));
  const placed = getBounds(scene);
  const size = [0, 1, 2].map((a) => Number((placed.max[a]! - placed.min[a]!).toFixed(4))) as [number, number, number];
  return { unit, triangles, size };
}
