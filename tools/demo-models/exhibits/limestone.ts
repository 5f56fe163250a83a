import { type ModelBuilder, type ModelPart, part, pick } from '../exhibit-model.ts';
import { lathe } from '../lathe.ts';
import { materials } from '../materials.ts';
import { seededRandom } from '../noise.ts';
import { faceted, karstMass } from '../rocks.ts';

/** Three tall limestone columns evoking the bay's karst towers, 3.6–5.2 m tall. */
export const karstMountainColumns: ModelBuilder = (lod) => [
  part('column-1', karstMass(lod, 5.2, 1.0, 11), materials.limestone, { transform: { translation: [-1.6, 0, 0.3] } }),
  part('column-2', karstMass(lod, 4.3, 0.85, 12), materials.limestone, { transform: { translation: [0.4, 0, -0.5] } }),
  part('column-3', karstMass(lod, 3.6, 0.7, 13), materials.limestone, { transform: { translation: [2.0, 0, 0.6] } }),
];

/**
 * A cave alcove: a rock floor, back wall and ceiling slab, stalactites hanging from the ceiling,
 * stalagmites rising under them and one full column where the two have met. One mesh each, reused.
 */
export const caveStalactites: ModelBuilder = (lod) => {
  const segments = pick(lod, 14, 6);
  const [ceilingUnder, floorTop] = [2.4, 0.15];
  const hanging = lathe(
    [
      [0, -1],
      [0.035, -0.7],
      [0.07, -0.3],
      [0.1, 0],
      [0, 0],
    ],
    { segments },
  );
  const rising = lathe(
    [
      [0, 0],
      [0.12, 0],
      [0.08, 0.25],
      [0.04, 0.55],
      [0, 0.7],
    ],
    { segments },
  );
  const column = lathe(
    [
      [0, 0],
      [0.26, 0],
      [0.13, 0.5],
      [0.075, 1.05],
      [0.1, 1.6],
      [0.2, 2.05],
      [0.3, 2.25],
      [0, 2.25],
    ],
    { segments },
  );
  const random = seededRandom(103);
  const jitterXZ = () => (random() * 2 - 1) * 0.08;
  const parts: ModelPart[] = [
    part('floor', faceted([2.6, floorTop, 1.4], pick(lod, 5, 2), 0.03, 31), materials.limestone),
    part('back-wall', faceted([2.6, 2.6, 0.2], pick(lod, 5, 2), 0.05, 32), materials.limestone, {
      transform: { translation: [0, 0.05, -0.75] },
    }),
    part('ceiling', faceted([2.6, 0.3, 1.4], pick(lod, 5, 2), 0.05, 33), materials.limestone, {
      transform: { translation: [0, ceilingUnder, 0] },
    }),
    part('column', column, materials.calcite, { transform: { translation: [1.0, floorTop, -0.3] } }),
  ];
  const drips = [-1.0, -0.75, -0.5, -0.25, 0, 0.25, 0.5, 0.7];
  drips.forEach((x, i) => {
    const length = 0.35 + random() * 0.75;
    const girth = 0.6 + random() * 0.6;
    const z = -0.4 + (i % 3) * 0.3 + jitterXZ();
    parts.push(
      part(`stalactite-${String(i + 1).padStart(2, '0')}`, hanging, materials.calcite, {
        transform: { translation: [x + jitterXZ(), ceilingUnder + 0.02, z], scale: [girth, length, girth] },
      }),
    );
    if (i % 2 === 0) {
      parts.push(
        part(`stalagmite-${String(i / 2 + 1).padStart(2, '0')}`, rising, materials.calcite, {
          transform: { translation: [x + jitterXZ(), floorTop - 0.02, z], scale: [girth, 0.4 + random() * 0.6, girth] },
        }),
      );
    }
  });
  return parts;
};
