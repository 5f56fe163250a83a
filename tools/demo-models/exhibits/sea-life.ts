import { scallop, squash } from '../deform.ts';
import { type ModelBuilder, part, pick } from '../exhibit-model.ts';
import { lathe } from '../lathe.ts';
import { materials } from '../materials.ts';
import { mergeMeshes, type Vec3 } from '../mesh-data.ts';
import { jitter, seededRandom } from '../noise.ts';
import { flatShade } from '../normals.ts';
import { cone, cylinder, dome } from '../primitives.ts';
import { quatFromAxisAngle } from '../transform.ts';
import { tube } from '../tube.ts';

/** A horseshoe crab (Tachypleus tridentatus) on a bed of sand: domed carapace, abdomen, tail spike. */
export const horseshoeCrab: ModelBuilder = (lod) => {
  const segments = pick(lod, 40, 12);
  const carapace = squash(dome(1, 1, segments, pick(lod, 8, 3)), 0.15, 0.07, 0.13);
  const abdomen = squash(dome(1, 1, 6, pick(lod, 4, 2)), 0.1, 0.05, 0.09);
  const tail = cone(0.014, 0.3, pick(lod, 10, 4));
  const sand = squash(cylinder(1, 0.02, pick(lod, 40, 12)), 0.42, 1, 0.48);
  return [
    part('sand-bed', sand, materials.sand, { accessory: true }),
    part('carapace', carapace, materials.shell, { transform: { translation: [0, 0.02, 0.1] } }),
    part('abdomen', abdomen, materials.shell, { transform: { translation: [0, 0.02, -0.07] } }),
    part('tail-spike', tail, materials.shell, {
      // The cone's tip turns from +y to −z, dipping a little towards the sand.
      transform: { translation: [0, 0.035, -0.14], rotation: quatFromAxisAngle([1, 0, 0], (-95 * Math.PI) / 180) },
    }),
  ];
};

/**
 * A coral cluster on a rock: branching coral (tapering tubes that fork, from a fixed seed), a brain
 * coral and a table coral.
 */
export const coralReef: ModelBuilder = (lod) => {
  const random = seededRandom(104);
  const rock = flatShade(jitter(dome(0.75, 0.32, pick(lod, 14, 7), pick(lod, 4, 2)), [0.07, 0.05, 0.07], 104));
  const branches = (origin: Vec3, count: number) =>
    mergeMeshes(
      Array.from({ length: count }, () => {
        const heading = random() * Math.PI * 2;
        const lean = 0.15 + random() * 0.45;
        const length = 0.25 + random() * 0.3;
        const steps = pick(lod, 6, 3);
        const path = Array.from({ length: steps + 1 }, (_, i) => {
          const t = i / steps;
          const out = Math.sin(lean) * length * t * (0.6 + 0.6 * t);
          return [
            origin[0] + Math.cos(heading) * out,
            origin[1] + length * t,
            origin[2] + Math.sin(heading) * out,
          ] as Vec3;
        });
        return tube(path, { radius: (t) => 0.025 - 0.014 * t, radialSegments: pick(lod, 7, 4) });
      }),
    );
  // Ridged rather than jittered: the ridges of a brain coral, and no folded triangles near the top.
  const brain = scallop(dome(0.2, 0.15, pick(lod, 32, 10), pick(lod, 8, 3)), pick(lod, 16, 5), 0.08);
  const table = lathe(
    [
      [0, 0],
      [0.03, 0],
      [0.03, 0.14],
      [0.3, 0.2],
      [0.3, 0.215],
      [0, 0.175],
    ],
    { segments: pick(lod, 28, 10) },
  );
  return [
    part('rock', rock, materials.calcite),
    part('branching-coral-orange', branches([-0.3, 0.2, 0.1], pick(lod, 9, 6)), materials.coralOrange),
    part('branching-coral-pink', branches([0.25, 0.2, 0.25], pick(lod, 7, 5)), materials.coralPink),
    part('brain-coral', brain, materials.coralBrain, { transform: { translation: [0.05, 0.24, -0.3] } }),
    part('table-coral', table, materials.coralOrange, { transform: { translation: [0.35, 0.18, -0.1] } }),
  ];
};
