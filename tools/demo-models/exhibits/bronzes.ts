import { type ModelBuilder, type ModelPart, part, pick } from '../exhibit-model.ts';
import { lathe, type ProfilePoint } from '../lathe.ts';
import { materials } from '../materials.ts';
import { mergeMeshes, type Vec3 } from '../mesh-data.ts';
import { band, extrudePolygon, raisedRing, starPolygon } from '../primitives.ts';
import { quatFromAxisAngle } from '../transform.ts';
import { curve, tube } from '../tube.ts';

const DRUM_TOP = 0.308;

/**
 * Quảng Chính drum, Đông Sơn type I (H 31 cm, Ø 40 cm): flared foot, straight waist, bulging mantle,
 * a hollow cast shell under a flat tympanum with a six-pointed star and relief rings, four handles.
 */
export const quangChinhBronzeDrum: ModelBuilder = (lod) => {
  const segments = pick(lod, 72, 20);
  const outer: ProfilePoint[] = [
    [0.19, 0],
    [0.185, 0.03],
    [0.166, 0.09],
    [0.158, 0.13],
    [0.158, 0.175],
    [0.172, 0.215],
    [0.19, 0.25],
    [0.198, 0.278],
    [0.2, 0.298],
  ];
  const inner = outer.map(([r, y]) => [r - 0.008, y] as ProfilePoint).reverse();
  const body = lathe([...outer, ...inner], { segments, loop: true });
  const tympanum = lathe(
    [
      [0, 0.298],
      [0.2, 0.298],
      [0.2, DRUM_TOP],
      [0, DRUM_TOP],
    ],
    { segments },
  );
  const ringRadii = pick(lod, [0.058, 0.078, 0.098, 0.118, 0.14, 0.162, 0.184], [0.07, 0.12, 0.17]);
  const relief = mergeMeshes(ringRadii.map((r) => raisedRing(r, DRUM_TOP, 0.006, 0.002, segments)));
  const star = extrudePolygon(starPolygon(6, 0.045, 0.016), DRUM_TOP, 0.002);
  const handle = tube(
    curve(pick(lod, 9, 4), (t) => {
      return [0, 0.215 - 0.045 * t, 0.166 + 0.03 * Math.sin(Math.PI * t)] as Vec3;
    }),
    { radius: 0.006, radialSegments: pick(lod, 8, 4) },
  );
  const handles: ModelPart[] = [50, 130, 230, 310].map((degrees, i) =>
    part(`handle-${i + 1}`, handle, materials.bronzePatina, {
      transform: { rotation: quatFromAxisAngle([0, 1, 0], (degrees * Math.PI) / 180) },
      accessory: true,
    }),
  );
  return [
    part('body', body, materials.bronzePatina),
    part('tympanum', tympanum, materials.bronzePatina),
    part('star-relief', relief, materials.bronzePatina),
    part('star', star, materials.bronze),
    ...handles,
  ];
};

/** Trần bronze jar (thống), H 37 cm, Ø 42.5–43.5 cm: wide mouth, full body, cast bands, four ear handles. */
export const tranBronzeJar: ModelBuilder = (lod) => {
  const segments = pick(lod, 72, 20);
  const outer: ProfilePoint[] = [
    [0, 0],
    [0.15, 0],
    [0.16, 0.01],
    [0.19, 0.06],
    [0.208, 0.14],
    [0.215, 0.2],
    [0.211, 0.26],
    [0.2, 0.31],
    [0.19, 0.335],
    [0.193, 0.355],
    [0.2, 0.37],
  ];
  const inner: ProfilePoint[] = [
    [0.19, 0.37],
    [0.183, 0.355],
    [0.18, 0.335],
    [0.19, 0.31],
    [0.201, 0.26],
    [0.205, 0.2],
    [0.198, 0.14],
    [0.18, 0.065],
    [0.15, 0.018],
    [0, 0.012],
  ];
  const bands = mergeMeshes([
    band(0.2105, 0.15, 0.012, 0.003, segments),
    band(0.212, 0.25, 0.012, 0.003, segments),
    band(0.196, 0.32, 0.008, 0.002, segments),
  ]);
  const ear = tube(
    curve(pick(lod, 9, 4), (t) => {
      return [0, 0.31 - 0.05 * t, 0.198 + 0.028 * Math.sin(Math.PI * t)] as Vec3;
    }),
    { radius: 0.008, radialSegments: pick(lod, 8, 4) },
  );
  return [
    part('body', lathe([...outer, ...inner], { segments }), materials.bronze),
    part('relief-bands', bands, materials.bronze),
    ...[45, 135, 225, 315].map((degrees, i) =>
      part(`ear-handle-${i + 1}`, ear, materials.bronze, {
        transform: { rotation: quatFromAxisAngle([0, 1, 0], (degrees * Math.PI) / 180) },
        accessory: true,
      }),
    ),
  ];
};
