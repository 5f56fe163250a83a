import { type Lod, type ModelBuilder, type ModelPart, part, pick } from '../exhibit-model.ts';
import { lathe, type ProfilePoint } from '../lathe.ts';
import { materials } from '../materials.ts';
import type { MeshData, Vec3 } from '../mesh-data.ts';
import { box, cone, cylinder, sphere } from '../primitives.ts';
import { faceted } from '../rocks.ts';
import type { Trs } from '../transform.ts';
import { quatFromAxisAngle } from '../transform.ts';
import { curve, tube } from '../tube.ts';

/*
 * The Museum of Cham Sculpture's demo models: sandstone altars, gods and guardian beasts built from
 * boxes, lathed bodies and swept tubes. Sizes are plausible, not measured (the exhibits state no
 * dimensions); they are stand-ins for scans, sized so that a room of them reads right in the tour.
 */

const stone = materials.sandstone;
const around = (axis: Vec3, degrees: number) => quatFromAxisAngle(axis, (degrees * Math.PI) / 180);
const at = (translation: Vec3, extra: Trs = {}): { transform: Trs } => ({ transform: { translation, ...extra } });

/** A small seated figure in relief (a hermit, a devotee): one mesh, drawn once per niche. */
function reliefFigure(lod: Lod): MeshData {
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
function aroundBlock(w: number, d: number, y: number, perSide: number): Trs[] {
  const out: Trs[] = [];
  for (let i = 0; i < perSide; i++) {
    const f = (i + 0.5) / perSide - 0.5;
    out.push({ translation: [f * w, y, d / 2] }, { translation: [f * w, y, -d / 2] });
    out.push({ translation: [w / 2, y, f * d] }, { translation: [-w / 2, y, f * d] });
  }
  return out;
}

/** A standing or seated human body on the lathe: [radius, height] from the feet up, and a head. */
function body(lod: Lod, name: string, profile: ProfilePoint[], headAt: number, headR: number): ModelPart[] {
  return [
    part(`${name}-body`, lathe(profile, { segments: pick(lod, 24, 8) }), stone),
    part(`${name}-head`, sphere(headR, pick(lod, 18, 8), pick(lod, 10, 5)), stone, at([0, headAt, 0])),
  ];
}

const limb = (lod: Lod, points: Vec3[], radius: number) => tube(points, { radius, radialSegments: pick(lod, 8, 4) });

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

/** A guardian beast's seated body: haunches, chest, forelegs; shared by the lion and the Gajasimha. */
function seatedBeast(lod: Lod, s: number): ModelPart[] {
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

/** Trà Kiệu lion: seated, with a round mane around the face. */
export const traKieuLion: ModelBuilder = (lod) => [
  ...seatedBeast(lod, 1),
  part('mane', sphere(0.17, pick(lod, 16, 7), pick(lod, 8, 4)), stone, at([0.14, 0.75, 0], { scale: [0.6, 1, 1] })),
  part('face', sphere(0.11, pick(lod, 14, 6), pick(lod, 8, 4)), stone, at([0.22, 0.74, 0])),
];

/** Makara head: a heavy jaw block and a snout curling back up like a trunk. */
export const traKieuMakara: ModelBuilder = (lod) => [
  part('head', faceted([0.55, 0.35, 0.4], pick(lod, 4, 2), 0.02, 71), stone),
  part('jaw', box([0.3, 0.06, 0.3], [0.3, 0.06, 0]), stone),
  part(
    'snout',
    limb(
      lod,
      curve(pick(lod, 12, 5), (t) => [0.25 + 0.15 * Math.sin(Math.PI * t), 0.3 + 0.3 * t, 0]),
      0.05,
    ),
    stone,
  ),
];

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

/** Gajasimha: the seated lion body under an elephant's head, trunk curling down. */
export const thapMamGajasimha: ModelBuilder = (lod) => [
  ...seatedBeast(lod, 1.2),
  part('head', sphere(0.17, pick(lod, 16, 7), pick(lod, 8, 4)), stone, at([0.18, 0.9, 0])),
  part('ears', sphere(0.12, pick(lod, 12, 6), pick(lod, 6, 3)), stone, {
    instances: [-1, 1].map((z) => ({ translation: [0.12, 0.9, 0.17 * z] as Vec3, scale: [0.8, 1, 0.3] as Vec3 })),
  }),
  part(
    'trunk',
    limb(
      lod,
      curve(pick(lod, 10, 5), (t) => [0.3 + 0.06 * Math.sin(Math.PI * t), 0.85 - 0.5 * t, 0]),
      0.045,
    ),
    stone,
  ),
];

/** Tháp Mẫm dragon: a body winding up in an S from the plinth, its head raised. */
export const thapMamDragon: ModelBuilder = (lod) => [
  part('plinth', box([0.9, 0.08, 0.4], [0, 0.04, 0]), stone),
  part(
    'body',
    tube(
      curve(pick(lod, 24, 10), (t) => [-0.35 + 0.6 * t, 0.12 + 0.75 * t, 0.12 * Math.sin(2.5 * Math.PI * t)]),
      { radius: (t) => 0.05 + 0.04 * t, radialSegments: pick(lod, 10, 5) },
    ),
    stone,
  ),
  part('head', faceted([0.26, 0.14, 0.16], pick(lod, 3, 2), 0.01, 72), stone, at([0.33, 0.84, 0])),
];

/** Garuda: a standing bird-man with wings spread wide. */
export const thapMamGaruda: ModelBuilder = (lod) => [
  part('plinth', box([0.5, 0.08, 0.35], [0, 0.04, 0]), stone),
  ...body(
    lod,
    'figure',
    [
      [0, 0.08],
      [0.13, 0.08],
      [0.11, 0.55],
      [0.15, 0.8],
      [0.08, 0.9],
      [0, 0.91],
    ],
    0.99,
    0.1,
  ),
  part(
    'beak',
    cone(0.04, 0.1, pick(lod, 8, 4)),
    materials.sandstoneGrey,
    at([0, 0.97, 0.08], { rotation: around([1, 0, 0], 100) }),
  ),
  part('wings', box([0.5, 0.4, 0.05]), stone, {
    instances: [-1, 1].map((x) => ({
      translation: [0.32 * x, 0.8, -0.05] as Vec3,
      rotation: around([0, 0, 1], 25 * x),
    })),
  }),
];

/** Kala face: a broad mask with bulging eyes, a nose and a row of upper teeth. */
export const thapMamKala: ModelBuilder = (lod) => [
  part('mask', faceted([0.8, 0.6, 0.2], pick(lod, 4, 2), 0.02, 73), stone),
  part('eyes', sphere(0.08, pick(lod, 14, 6), pick(lod, 8, 4)), stone, {
    instances: [-1, 1].map((x) => ({ translation: [0.18 * x, 0.38, 0.12] as Vec3 })),
  }),
  part('nose', cone(0.06, 0.1, pick(lod, 8, 4)), stone, at([0, 0.26, 0.12], { rotation: around([1, 0, 0], 90) })),
  part('teeth', box([0.04, 0.06, 0.04]), materials.sandstoneGrey, {
    instances: [-3, -2, -1, 0, 1, 2, 3].map((i) => ({ translation: [0.06 * i, 0.12, 0.12] as Vec3 })),
  }),
];
