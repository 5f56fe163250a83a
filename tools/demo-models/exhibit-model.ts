import type { MaterialSpec } from './materials.ts';
import { type Bounds, emptyBounds, expandBounds, type MeshData } from './mesh-data.ts';
import { matrixFromTrs, type Trs, transformPoint } from './transform.ts';

/** Level of detail: the detailed model for a close look, the light one for the walkthrough. */
export type Lod = 'detailed' | 'light';

/**
 * One named part of an exhibit's model: a node `{exhibit id}/{name}` under the exhibit's root node.
 * Parts that pass the same MeshData object share one glTF mesh.
 */
export interface ModelPart {
  name: string;
  mesh: MeshData;
  material: MaterialSpec;
  transform?: Trs;
  /** Draw the mesh once per placement with EXT_mesh_gpu_instancing (a field of stakes). */
  instances?: Trs[];
  /** Not part of the object as measured (a stand, a handle, a plinth): left out of the dimension check. */
  accessory?: boolean;
}

export interface ExhibitModel {
  id: string;
  parts: ModelPart[];
}

export type ModelBuilder = (lod: Lod) => ModelPart[];

/** Picks the detailed or the light value: `pick(lod, 48, 16)` segments. */
export function pick<T>(lod: Lod, detailed: T, light: T): T {
  return lod === 'detailed' ? detailed : light;
}

export function part(name: string, mesh: MeshData, material: MaterialSpec, extra: Partial<ModelPart> = {}): ModelPart {
  return { name, mesh, material, ...extra };
}

/** World-space bounds of the parts (all of them, or only the measured ones). */
export function modelBounds(parts: readonly ModelPart[], measuredOnly = false): Bounds {
  const bounds = emptyBounds();
  for (const p of parts) {
    if (measuredOnly && p.accessory) continue;
    for (const placement of p.instances ?? [p.transform ?? {}]) {
      const m = matrixFromTrs(placement);
      const positions = p.mesh.positions;
      for (let i = 0; i < positions.length; i += 3) {
        expandBounds(bounds, ...transformPoint(m, positions[i]!, positions[i + 1]!, positions[i + 2]!));
      }
    }
  }
  return bounds;
}

/** Moves every part so that the whole model stands on y = 0, centred on x and z. */
export function standOnFloor(parts: readonly ModelPart[]): ModelPart[] {
  const { min, max } = modelBounds(parts);
  const shift = [-(min[0] + max[0]) / 2, -min[1], -(min[2] + max[2]) / 2] as const;
  const moved = (trs: Trs): Trs => {
    const [x, y, z] = trs.translation ?? [0, 0, 0];
    return { ...trs, translation: [round(x + shift[0]), round(y + shift[1]), round(z + shift[2])] };
  };
  return parts.map((p) =>
    p.instances ? { ...p, instances: p.instances.map(moved) } : { ...p, transform: moved(p.transform ?? {}) },
  );
}

/** Micrometre rounding, so that float noise never reaches the file. */
function round(value: number): number {
  return Math.round(value * 1e6) / 1e6 || 0;
}
