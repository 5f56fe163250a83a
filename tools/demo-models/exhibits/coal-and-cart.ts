import { type ModelBuilder, part, pick } from '../exhibit-model.ts';
import { materials } from '../materials.ts';
import { mergeMeshes, type Vec3 } from '../mesh-data.ts';
import { jitter } from '../noise.ts';
import { flatShade } from '../normals.ts';
import { box, cylinder, dome } from '../primitives.ts';
import { faceted } from '../rocks.ts';
import { quatFromAxisAngle } from '../transform.ts';

/** The 28-tonne anthracite block from Cọc Sáu, 3.6 × 2.8 × 2.2 m: black, glossy, conchoidal faces. */
export const anthraciteCoalBlock: ModelBuilder = (lod) => [
  part('block', faceted([3.6, 2.2, 2.8], pick(lod, 8, 3), 0.22, 28), materials.anthracite),
];

/** A one-tonne steel mine cart (goòng) on a length of narrow-gauge track, loaded with coal. */
export const mineCart: ModelBuilder = (lod) => {
  const wall = 0.03;
  const [length, width, depth, floor] = [1.6, 0.8, 0.62, 0.46];
  const tub = mergeMeshes([
    box([length, wall, width], [0, floor + wall / 2, 0]),
    box([length, depth, wall], [0, floor + depth / 2, width / 2 - wall / 2]),
    box([length, depth, wall], [0, floor + depth / 2, -width / 2 + wall / 2]),
    box([wall, depth, width - 2 * wall], [length / 2 - wall / 2, floor + depth / 2, 0]),
    box([wall, depth, width - 2 * wall], [-length / 2 + wall / 2, floor + depth / 2, 0]),
  ]);
  const rim = mergeMeshes([
    box([length + 0.04, 0.04, 0.05], [0, floor + depth, width / 2]),
    box([length + 0.04, 0.04, 0.05], [0, floor + depth, -width / 2]),
  ]);
  const load = flatShade(jitter(dome(1, 1, pick(lod, 16, 7), pick(lod, 5, 2)), [0.08, 0.08, 0.08], 1932));
  const [wheelRadius, railTop, gauge] = [0.15, 0.15, 0.6];
  const wheel = cylinder(wheelRadius, 0.06, pick(lod, 20, 8));
  const axle = cylinder(0.025, width, pick(lod, 10, 5));
  const sideways = quatFromAxisAngle([1, 0, 0], Math.PI / 2);
  const wheelCentres = [-0.5, 0.5].flatMap((x) =>
    [1, -1].map((side) => [x, railTop + wheelRadius, (side * gauge) / 2 - 0.03] as Vec3),
  );
  const rails = mergeMeshes([
    box([3, 0.09, 0.05], [0, 0.105, gauge / 2]),
    box([3, 0.09, 0.05], [0, 0.105, -gauge / 2]),
  ]);
  const sleepers = mergeMeshes(
    [-1.25, -0.75, -0.25, 0.25, 0.75, 1.25].map((x) => box([0.16, 0.06, 1.0], [x, 0.03, 0])),
  );
  return [
    part('body', tub, materials.rustedSteel),
    part('rim', rim, materials.rustedSteel),
    part('coal-load', load, materials.anthracite, {
      transform: { translation: [0, floor + depth - 0.12, 0], scale: [length / 2 - 0.05, 0.28, width / 2 - 0.05] },
    }),
    // Wheels and axles are cylinders turned from the y axis to the z axis.
    ...wheelCentres.map((translation, i) =>
      part(`wheel-${i + 1}`, wheel, materials.steel, { transform: { translation, rotation: sideways } }),
    ),
    ...[-0.5, 0.5].map((x, i) =>
      part(`axle-${i + 1}`, axle, materials.steel, {
        transform: { translation: [x, railTop + wheelRadius, -width / 2], rotation: sideways },
      }),
    ),
    part('rails', rails, materials.steel, { accessory: true }),
    part('sleepers', sleepers, materials.timber, { accessory: true }),
  ];
};
