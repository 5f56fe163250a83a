import { type ModelBuilder, part, pick } from '../exhibit-model.ts';
import { materials } from '../materials.ts';
import type { Vec3 } from '../mesh-data.ts';
import { box, cone, sphere } from '../primitives.ts';
import { faceted } from '../rocks.ts';
import { curve, tube } from '../tube.ts';
import { around, at, body, limb, seatedBeast, stone } from './cham-parts.ts';

/* The Cham museum's guardian beasts (Trà Kiệu, Tháp Mẫm): see cham-parts.ts. */

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
  part('head', faceted([0.26, 0.14, 0.16], pick(lod, 3, 2), 0.01, 72), stone, at([0.3, 0.8, 0.12])),
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
