import { scallop } from '../deform.ts';
import { type ModelBuilder, part, pick } from '../exhibit-model.ts';
import { lathe } from '../lathe.ts';
import { materials } from '../materials.ts';
import { mergeMeshes } from '../mesh-data.ts';
import { band, cone } from '../primitives.ts';
import { quatFromAxisAngle } from '../transform.ts';

/** Đầu Rằm vase, H 25.3 cm: red terracotta, full body, narrow neck, flared mouth, square foot, S-scroll bands. */
export const dauRamPotteryVase: ModelBuilder = (lod) => {
  const segments = pick(lod, 56, 16);
  const body = lathe(
    [
      [0, 0.03],
      [0.045, 0.03],
      [0.06, 0.05],
      [0.09, 0.09],
      [0.1, 0.12],
      [0.095, 0.15],
      [0.075, 0.185],
      [0.045, 0.21],
      [0.036, 0.225],
      [0.04, 0.24],
      [0.052, 0.253],
      [0.046, 0.253],
      [0.033, 0.24],
      [0.03, 0.225],
      [0, 0.2],
    ],
    { segments },
  );
  // Four sides turned 45° so the square's edges run along x and z.
  const foot = cone(0.075, 0.035, 4, 0.062);
  const scrolls = mergeMeshes([band(0.096, 0.105, 0.01, 0.0015, segments), band(0.097, 0.14, 0.01, 0.0015, segments)]);
  return [
    part('body', body, materials.terracotta),
    part('square-foot', foot, materials.terracotta, {
      transform: { rotation: quatFromAxisAngle([0, 1, 0], Math.PI / 4) },
    }),
    part('s-scroll-bands', scrolls, materials.terracotta),
  ];
};

/**
 * Lê sơ lotus offering dish (mâm bồng), H 27.2 cm, Ø 41.5 cm: a shallow dish with a rim of 42 lotus
 * petals on a tall flared foot; white glaze with red and green painted bands.
 */
export const lotusOfferingDish: ModelBuilder = (lod) => {
  const segments = pick(lod, 168, 42);
  const dish = lathe(
    [
      [0, 0],
      [0.1, 0],
      [0.1, 0.012],
      [0.075, 0.04],
      [0.05, 0.08],
      [0.04, 0.15],
      [0.05, 0.17],
      [0.09, 0.19],
      [0.17, 0.235],
      [0.2075, 0.258],
      [0.2075, 0.272],
      [0.199, 0.272],
      [0.17, 0.255],
      [0.12, 0.242],
      [0, 0.238],
    ],
    { segments },
  );
  const petals = lod === 'detailed' ? scallop(dish, 42, 0.035, 0.2) : dish;
  const redBand = band(0.188, 0.246, 0.008, 0.0015, segments);
  const greenBands = mergeMeshes([
    band(0.0425, 0.15, 0.012, 0.0015, segments),
    band(0.091, 0.02, 0.01, 0.0015, segments),
  ]);
  return [
    part('dish', petals, materials.porcelain),
    part('painted-band-red', redBand, materials.enamelRed),
    part('painted-bands-green', greenBands, materials.enamelGreen),
  ];
};

/** Ngọa Vân gold box, H 4.2 cm, Ø 4.9 cm: a lobed lotus-bud box with a domed lid and a knob. */
export const ngoaVanGoldBox: ModelBuilder = (lod) => {
  const segments = pick(lod, 64, 16);
  const lobes = (mesh: ReturnType<typeof lathe>) => (lod === 'detailed' ? scallop(mesh, 8, 0.07) : mesh);
  const box = lathe(
    [
      [0, 0],
      [0.016, 0],
      [0.018, 0.003],
      [0.023, 0.012],
      [0.0245, 0.02],
      [0.024, 0.0235],
      [0.022, 0.0235],
      [0.0215, 0.02],
      [0.02, 0.012],
      [0, 0.004],
    ],
    { segments },
  );
  const lid = lathe(
    [
      [0, 0.0235],
      [0.0245, 0.0235],
      [0.0245, 0.026],
      [0.022, 0.032],
      [0.015, 0.037],
      [0.008, 0.039],
      [0.0055, 0.0395],
      [0.007, 0.041],
      [0.004, 0.042],
      [0, 0.042],
    ],
    { segments },
  );
  return [part('box', lobes(box), materials.gold), part('lid', lobes(lid), materials.gold)];
};
