import { type Lod, type ModelPart, part, pick } from '../exhibit-model.ts';
import { lathe, type ProfilePoint } from '../lathe.ts';
import { materials } from '../materials.ts';
import type { MeshData, Vec3 } from '../mesh-data.ts';
import { box, sphere } from '../primitives.ts';
import { quatFromAxisAngle, type Trs } from '../transform.ts';
import { curve, tube } from '../tube.ts';

/*
 * The Museum of Cham Sculpture's demo models: sandstone altars, gods and guardian beasts built from
 * boxes, lathed bodies and swept tubes. Sizes are plausible, not measured (the exhibits state no
 * dimensions); they are stand-ins for scans, sized so that a room of them reads right in the tour.
 */

export const stone = materials.sandstone;
export const around = (axis: Vec3, degrees: number) => quatFromAxisAngle(axis, (degrees * Math.PI) / 180);
export const at = (translation: Vec3, extra: Trs = {}): { transform: Trs } => ({
  transform: { translation, ...extra },
});

/** A small seated figure in relief (a hermit, a devotee): one mesh, drawn once per niche. */
export function reliefFigure(lod: Lod): MeshData {
  const s = pick(lod, 10, 5);
  return lathe(
    [
      [0, 0],
      [0.05, 0],
      [0.04, 0.03],
      [0.025, 0.09],
      [0.018, 0.1],
      [0.022, 0.115],
      [0.016, 0.135],
      [0, 0.14],
    ],
    { segments: s },
  );
}

/** Niche placements along the four sides of a w × d block, at height y. */
export function aroundBlock(w: number, d: number, y: number, perSide: number): Trs[] {
  const out: Trs[] = [];
  for (let i = 0; i < perSide; i++) {
    const f = (i + 0.5) / perSide - 0.5;
    out.push({ translation: [f * w, y, d / 2] }, { translation: [f * w, y, -d / 2] });
    out.push({ translation: [w / 2, y, f * d] }, { translation: [-w / 2, y, f * d] });
  }
  return out;
}

/** A standing or seated human body on the lathe: [radius, height] from the feet up, and a head. */
export function body(lod: Lod, name: string, profile: ProfilePoint[], headAt: number, headR: number): ModelPart[] {
  return [
    part(`${name}-body`, lathe(profile, { segments: pick(lod, 24, 8) }), stone),
    part(`${name}-head`, sphere(headR, pick(lod, 18, 8), pick(lod, 10, 5)), stone, at([0, headAt, 0])),
  ];
}

export const limb = (lod: Lod, points: Vec3[], radius: number) =>
  tube(points, { radius, radialSegments: pick(lod, 8, 4) });

/** A guardian beast's seated body: haunches, chest, forelegs; shared by the lion and the Gajasimha. */
export function seatedBeast(lod: Lod, s: number): ModelPart[] {
  const seg = pick(lod, 16, 7);
  return [
    part('plinth', box([0.7 * s, 0.08, 0.5 * s], [0, 0.04, 0]), stone),
    part(
      'haunches',
      sphere(0.22 * s, seg, pick(lod, 8, 4)),
      stone,
      at([-0.12 * s, 0.08 + 0.18 * s, 0], { scale: [1, 0.8, 1] }),
    ),
    part(
      'chest',
      sphere(0.18 * s, seg, pick(lod, 8, 4)),
      stone,
      at([0.08 * s, 0.08 + 0.4 * s, 0], { scale: [0.9, 1.3, 0.9] }),
    ),
    part(
      'forelegs',
      limb(
        lod,
        [
          [0.12 * s, 0.08, 0],
          [0.16 * s, 0.08 + 0.35 * s, 0],
        ],
        0.05 * s,
      ),
      stone,
      { instances: [-1, 1].map((z) => ({ translation: [0, 0, 0.1 * s * z] as Vec3 })) },
    ),
    part(
      'tail',
      limb(
        lod,
        curve(pick(lod, 8, 4), (t) => [-0.3 * s - 0.05 * s * Math.sin(Math.PI * t), 0.12 + 0.45 * s * t, 0]),
        0.025 * s,
      ),
      stone,
    ),
  ];
}
