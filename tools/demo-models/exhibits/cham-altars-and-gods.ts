import { type ModelBuilder, part, pick } from '../exhibit-model.ts';
import { lathe } from '../lathe.ts';
import { materials } from '../materials.ts';
import type { Vec3 } from '../mesh-data.ts';
import { box, cone, cylinder, sphere } from '../primitives.ts';
import { curve } from '../tube.ts';
import { aroundBlock, at, body, limb, reliefFigure, stone } from './cham-parts.ts';

/* The Cham museum's altars and gods (Mỹ Sơn, Trà Kiệu, Đồng Dương): see cham-parts.ts. */

/** Mỹ Sơn E1 altar: a long pedestal ringed with hermits in niches, a cornice, a linga on top. */
export const mySonE1Altar: ModelBuilder = (lod) => [
  part('base', box([1.9, 0.2, 1.3], [0, 0.1, 0]), stone),
  part('body', box([1.7, 0.55, 1.1], [0, 0.475, 0]), stone),
  part('cornice', box([1.85, 0.12, 1.25], [0, 0.81, 0]), stone),
  part('hermits', reliefFigure(lod), stone, { instances: aroundBlock(1.7, 1.1, 0.3, pick(lod, 6, 4)) }),
  part(
    'linga',
    lathe(
      [
        [0, 0],
        [0.14, 0],
        [0.14, 0.4],
        [0.1, 0.5],
        [0, 0.53],
      ],
      { segments: pick(lod, 24, 8) },
    ),
    stone,
    at([0, 0.87, 0]),
  ),
];

/** Ganesha standing: round body, elephant head with fan ears and a trunk falling over the chest. */
export const mySonGanesha: ModelBuilder = (lod) => [
  part('plinth', box([0.5, 0.08, 0.4], [0, 0.04, 0]), stone),
  ...body(
    lod,
    'figure',
    [
      [0, 0.08],
      [0.16, 0.08],
      [0.14, 0.45],
      [0.2, 0.62],
      [0.18, 0.8],
      [0.11, 0.9],
      [0, 0.92],
    ],
    1.0,
    0.13,
  ),
  part('ears', sphere(0.12, pick(lod, 14, 6), pick(lod, 8, 4)), stone, {
    instances: [-1, 1].map((x) => ({ translation: [0.14 * x, 1.0, -0.02] as Vec3, scale: [0.35, 1, 1] as Vec3 })),
  }),
  part(
    'trunk',
    limb(
      lod,
      curve(pick(lod, 8, 4), (t) => [0.02 * t, 0.96 - 0.3 * t, 0.11 + 0.06 * Math.sin(Math.PI * t)]),
      0.035,
    ),
    stone,
  ),
];

/** Shiva seated cross-legged, with a tall matted-hair crown. */
export const mySonShiva: ModelBuilder = (lod) => [
  part('plinth', box([0.6, 0.1, 0.45], [0, 0.05, 0]), stone),
  part('legs', sphere(0.25, pick(lod, 18, 8), pick(lod, 8, 4)), stone, at([0, 0.16, 0], { scale: [1, 0.3, 0.7] })),
  ...body(
    lod,
    'figure',
    [
      [0, 0.15],
      [0.15, 0.15],
      [0.12, 0.42],
      [0.14, 0.52],
      [0.06, 0.58],
      [0, 0.6],
    ],
    0.68,
    0.09,
  ),
  part('crown', cone(0.07, 0.16, pick(lod, 16, 6), 0.03), stone, at([0, 0.74, 0])),
];

/** Linga on a square yoni with a spout. */
export const mySonLingaYoni: ModelBuilder = (lod) => [
  part('yoni', box([0.8, 0.28, 0.8], [0, 0.14, 0]), stone),
  part('spout', box([0.3, 0.08, 0.16], [0.55, 0.22, 0]), stone),
  part(
    'linga',
    lathe(
      [
        [0, 0],
        [0.13, 0],
        [0.13, 0.5],
        [0.09, 0.6],
        [0, 0.63],
      ],
      { segments: pick(lod, 24, 8) },
    ),
    stone,
    at([0, 0.28, 0]),
  ),
];

/** Trà Kiệu altar: a square pedestal with a frieze of small figures on each side and a top slab. */
export const traKieuAltar: ModelBuilder = (lod) => [
  part('base', box([1.6, 0.2, 1.6], [0, 0.1, 0]), stone),
  part('body', box([1.4, 0.5, 1.4], [0, 0.45, 0]), stone),
  part('top', box([1.55, 0.14, 1.55], [0, 0.77, 0]), stone),
  part('frieze', reliefFigure(lod), stone, { instances: aroundBlock(1.4, 1.4, 0.26, pick(lod, 7, 4)) }),
];

/** The Apsara dancer: a slab with a figure in deep relief, knees bent outwards and arms curved. */
export const traKieuApsara: ModelBuilder = (lod) => {
  const r = (p: Vec3[], w: number) => limb(lod, p, w);
  return [
    part('slab', box([0.6, 0.75, 0.12], [0, 0.375, 0]), stone),
    part(
      'torso',
      lathe(
        [
          [0, 0.3],
          [0.06, 0.3],
          [0.07, 0.42],
          [0.05, 0.52],
          [0, 0.54],
        ],
        { segments: pick(lod, 12, 6) },
      ),
      stone,
      at([0, 0, 0.09]),
    ),
    part('head', sphere(0.05, pick(lod, 12, 6), pick(lod, 8, 4)), stone, at([0, 0.59, 0.09])),
    part(
      'legs',
      r(
        [
          [-0.2, 0.06, 0.09],
          [-0.15, 0.2, 0.09],
          [0, 0.3, 0.09],
          [0.15, 0.2, 0.09],
          [0.2, 0.06, 0.09],
        ],
        0.025,
      ),
      stone,
    ),
    part(
      'arms',
      r(
        [
          [-0.2, 0.62, 0.09],
          [-0.18, 0.5, 0.09],
          [0, 0.5, 0.09],
          [0.18, 0.5, 0.09],
          [0.2, 0.62, 0.09],
        ],
        0.018,
      ),
      stone,
    ),
  ];
};

/** Đồng Dương Tara: a slender bronze standing figure with a tall chignon and bent forearms. */
export const dongDuongTara: ModelBuilder = (lod) => {
  const bronze = materials.bronzePatina;
  return [
    part('plinth', box([0.3, 0.06, 0.25], [0, 0.03, 0]), bronze),
    part(
      'body',
      lathe(
        [
          [0, 0.06],
          [0.1, 0.06],
          [0.09, 0.55],
          [0.1, 0.75],
          [0.08, 0.88],
          [0.04, 0.92],
          [0, 0.93],
        ],
        { segments: pick(lod, 28, 10) },
      ),
      bronze,
    ),
    part('head', sphere(0.065, pick(lod, 18, 8), pick(lod, 10, 5)), bronze, at([0, 0.99, 0])),
    part('chignon', cylinder(0.035, 0.14, pick(lod, 14, 6)), bronze, at([0, 1.04, 0])),
    part(
      'arms',
      limb(
        lod,
        [
          [0, 0.86, 0],
          [0, 0.72, 0],
          [0, 0.7, 0.12],
        ],
        0.02,
      ),
      bronze,
      { instances: [-1, 1].map((x) => ({ translation: [0.12 * x, 0, 0] as Vec3 })) },
    ),
  ];
};

/** Đồng Dương altar: three stepped tiers with friezes of devotees and a stair at the front. */
export const dongDuongAltar: ModelBuilder = (lod) => [
  part('tier-1', box([3.2, 0.5, 1.8], [0, 0.25, 0]), stone),
  part('tier-2', box([2.6, 0.45, 1.4], [0, 0.725, 0]), stone),
  part('tier-3', box([2.0, 0.4, 1.0], [0, 1.15, 0]), stone),
  part('stairs', box([0.6, 0.5, 0.4], [0, 0.25, 1.1]), materials.sandstoneGrey),
  part('devotees', reliefFigure(lod), stone, { instances: aroundBlock(2.6, 1.4, 0.6, pick(lod, 8, 4)) }),
];

/** Dvarapala: a massive standing guardian, one arm raising a club. */
export const dongDuongDvarapala: ModelBuilder = (lod) => [
  part('plinth', box([0.6, 0.1, 0.45], [0, 0.05, 0]), stone),
  ...body(
    lod,
    'figure',
    [
      [0, 0.1],
      [0.2, 0.1],
      [0.17, 0.8],
      [0.24, 1.2],
      [0.2, 1.45],
      [0.1, 1.55],
      [0, 1.56],
    ],
    1.68,
    0.14,
  ),
  part(
    'arm',
    limb(
      lod,
      [
        [0.2, 1.4, 0],
        [0.35, 1.55, 0],
        [0.42, 1.8, 0],
      ],
      0.05,
    ),
    stone,
  ),
  part('club', cylinder(0.035, 0.55, pick(lod, 10, 5)), materials.sandstoneGrey, at([0.42, 1.7, 0])),
];
