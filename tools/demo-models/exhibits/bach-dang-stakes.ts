import { type ModelBuilder, part, pick } from '../exhibit-model.ts';
import { lathe } from '../lathe.ts';
import { materials } from '../materials.ts';
import { jitter, seededRandom } from '../noise.ts';
import { smoothNormals } from '../normals.ts';
import { faceted } from '../rocks.ts';
import { quatFromAxisAngle, quatMultiply, type Trs } from '../transform.ts';

/**
 * A stretch of the 1288 stake field: ironwood stakes, points up, leaning downstream out of a mud bed.
 * One stake mesh drawn 24 times with EXT_mesh_gpu_instancing, each placement from a fixed seed.
 */
export const bachDangStakes: ModelBuilder = (lod) => {
  const round = lathe(
    [
      [0, 0],
      [0.11, 0],
      [0.12, 0.9],
      [0.115, 1.7],
      [0.095, 2.0],
      [0.05, 2.3],
      [0, 2.45],
    ],
    { segments: pick(lod, 12, 6) },
  );
  const stake = lod === 'detailed' ? smoothNormals(jitter(round, [0.012, 0, 0.012], 1288)) : round;
  const mud = faceted([5.4, 0.3, 3.4], pick(lod, 10, 4), 0.06, 7);
  const random = seededRandom(1288);
  const spread = (amount: number) => (random() * 2 - 1) * amount;
  const instances: Trs[] = [];
  for (let row = 0; row < 3; row++) {
    for (let column = 0; column < 8; column++) {
      const lean = quatFromAxisAngle([0, 0, 1], ((25 + spread(8)) * Math.PI) / 180);
      const turn = quatFromAxisAngle([0, 1, 0], (spread(15) * Math.PI) / 180);
      const girth = 0.9 + spread(0.15);
      instances.push({
        translation: [-2.2 + column * 0.6 + (row % 2) * 0.3 + spread(0.08), 0.12, -1.1 + row * 1.1 + spread(0.12)],
        rotation: quatMultiply(turn, lean),
        scale: [girth, 0.95 + spread(0.15), girth],
      });
    }
  }
  return [
    part('mud-bed', mud, materials.mud, { accessory: true }),
    part('stakes', stake, materials.ironwood, { instances }),
  ];
};
