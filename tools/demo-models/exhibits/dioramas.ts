import { squash } from '../deform.ts';
import { type ModelBuilder, type ModelPart, part, pick } from '../exhibit-model.ts';
import { lathe } from '../lathe.ts';
import { materials } from '../materials.ts';
import { type MeshData, mergeMeshes, type Vec3 } from '../mesh-data.ts';
import { box, cone, cylinder, extrudePolygon, raisedRing } from '../primitives.ts';
import { faceted, karstMass } from '../rocks.ts';
import { quatFromAxisAngle, quatMultiply, transformMesh } from '../transform.ts';
import { curve, tube } from '../tube.ts';

const plinth = (width: number, height: number, depth: number): ModelPart =>
  part('plinth', box([width, height, depth], [0, height / 2, 0]), materials.plinth, { accessory: true });

/** The highest vertex: where to set something on a summit. */
function summit(mesh: MeshData): Vec3 {
  let best = 0;
  for (let v = 1; v < mesh.positions.length / 3; v++)
    if (mesh.positions[v * 3 + 1]! > mesh.positions[best * 3 + 1]!) best = v;
  return [mesh.positions[best * 3]!, mesh.positions[best * 3 + 1]!, mesh.positions[best * 3 + 2]!];
}

/** Vân Đồn port: a junk among limestone islets on a sea-topped plinth, celadon and blue-and-white finds in front. */
export const vanDonTradingPort: ModelBuilder = (lod) => {
  const top = 0.8;
  const segments = pick(lod, 20, 8);
  const hull = squash(
    lathe(
      [
        [0, 0],
        [0.05, 0.006],
        [0.08, 0.03],
        [0.09, 0.06],
        [0, 0.06],
      ],
      { segments },
    ),
    2.6,
    1,
    1,
  );
  const mast = cylinder(0.006, 0.32, pick(lod, 8, 4));
  const sail = box([0.16, 0.22, 0.003], [0, 0.2, 0]);
  const shipAt = (x: number) => [x, top + 0.02, 0.05] as Vec3;
  const dish = lathe(
    [
      [0, 0],
      [0.04, 0],
      [0.07, 0.02],
      [0.066, 0.02],
      [0, 0.006],
    ],
    { segments },
  );
  const sherds = mergeMeshes(
    [
      [-0.55, 0.7],
      [-0.4, 0.62],
      [-0.25, 0.72],
    ].map(([x, z], i) => transformMesh(faceted([0.08, 0.012, 0.06], 1, 0.012, 40 + i), { translation: [x!, 0.6, z!] })),
  );
  return [
    plinth(1.6, top, 1.0),
    part('front-step', box([1.6, 0.6, 0.3], [0, 0.3, 0.65]), materials.plinth, { accessory: true }),
    part('sea', box([1.5, 0.02, 0.9], [0, top + 0.01, 0]), materials.water),
    ...[
      [0.35, 0.12, -0.55, -0.2],
      [0.25, 0.1, -0.3, -0.3],
      [0.2, 0.09, 0.5, -0.25],
    ].map(([h, r, x, z], i) =>
      part(`islet-${i + 1}`, karstMass(lod, h!, r!, 50 + i), materials.limestone, {
        transform: { translation: [x!, top + 0.02, z!] },
      }),
    ),
    part('junk-hull', hull, materials.ironwood, { transform: { translation: shipAt(0.05) } }),
    ...[-0.07, 0.1].flatMap((dx, i) => [
      part(`mast-${i + 1}`, mast, materials.timber, { transform: { translation: shipAt(0.05 + dx) } }),
      part(`sail-${i + 1}`, sail, materials.sail, { transform: { translation: shipAt(0.05 + dx) } }),
    ]),
    part('celadon-sherds', sherds, materials.celadon),
    part('blue-white-dish', dish, materials.blueWhite, { transform: { translation: [0.35, 0.6, 0.65] } }),
    part('cobalt-ring', raisedRing(0.045, 0.0125, 0.006, 0.0015, segments), materials.cobalt, {
      transform: { translation: [0.35, 0.6, 0.65] },
    }),
  ];
};

/** Yên Tử: a forested mountain with a small pagoda on its summit and a bamboo grove at its foot. */
export const yenTuTrucLam: ModelBuilder = (lod) => {
  const top = 0.8;
  const mountain = karstMass(lod, 0.75, 0.5, 61, 0.85);
  const [sx, sy, sz] = summit(mountain);
  const bamboo = cylinder(0.006, 0.22, pick(lod, 6, 3));
  const grove: [number, number][] = [
    [0.45, 0.3],
    [0.5, 0.25],
    [0.48, 0.36],
    [0.55, 0.32],
    [0.42, 0.38],
  ];
  return [
    plinth(1.4, top, 1.0),
    part('mountain', mountain, materials.forest, { transform: { translation: [0, top, 0] } }),
    part('pagoda-hall', box([0.08, 0.05, 0.06], [0, 0.025, 0]), materials.porcelain, {
      transform: { translation: [sx, top + sy - 0.01, sz] },
    }),
    part('pagoda-roof', cone(0.075, 0.04, 4), materials.roofTile, {
      transform: { translation: [sx, top + sy + 0.04, sz], rotation: quatFromAxisAngle([0, 1, 0], Math.PI / 4) },
    }),
    ...grove.map(([x, z], i) =>
      part(`bamboo-${i + 1}`, bamboo, materials.foliage, {
        transform: { translation: [x, top, z], scale: [1, 0.8 + 0.1 * i, 1] },
      }),
    ),
  ];
};

/** Hạ Long palm and Hạ Long cycad on a limestone cliff. */
export const endemicPlants: ModelBuilder = (lod) => {
  const top = 0.6;
  const leafCorners: [number, number][] = [];
  const tips = pick(lod, 9, 5);
  for (let i = 0; i <= tips * 2; i++) {
    const a = -1.2 + (2.4 * i) / (tips * 2);
    const r = i % 2 === 0 ? 0.2 : 0.15;
    leafCorners.push([r * Math.sin(a), r * Math.cos(a)]);
  }
  leafCorners.push([0.01, -0.02], [-0.01, -0.02]);
  const fan = extrudePolygon(leafCorners, 0, 0.004);
  const crown = (count: number, tilt: number) =>
    mergeMeshes(
      Array.from({ length: count }, (_, i) =>
        transformMesh(fan, {
          rotation: quatMultiply(
            quatFromAxisAngle([0, 1, 0], (2 * Math.PI * i) / count),
            quatFromAxisAngle([1, 0, 0], tilt),
          ),
        }),
      ),
    );
  const frond = tube(
    curve(pick(lod, 8, 4), (t) => {
      return [0, 0.25 * Math.sin(t * 2), 0.35 * t] as Vec3;
    }),
    { radius: (t) => 0.012 - 0.008 * t, radialSegments: pick(lod, 5, 3) },
  );
  const fronds = mergeMeshes(
    Array.from({ length: 10 }, (_, i) =>
      transformMesh(frond, { rotation: quatFromAxisAngle([0, 1, 0], (2 * Math.PI * i) / 10) }),
    ),
  );
  return [
    plinth(1.2, top, 0.9),
    part('cliff', karstMass(lod, 1.4, 0.33, 71, 0.4), materials.limestone, {
      transform: { translation: [0.25, top, -0.2] },
    }),
    part('palm-trunk', cylinder(0.035, 0.85, pick(lod, 10, 5)), materials.timber, {
      transform: { translation: [-0.3, top, 0.05] },
    }),
    part('palm-leaves', crown(pick(lod, 8, 6), -0.5), materials.foliage, {
      transform: { translation: [-0.3, top + 0.85, 0.05] },
    }),
    part('cycad-trunk', cone(0.07, 0.3, pick(lod, 10, 5), 0.05), materials.timber, {
      transform: { translation: [-0.05, top, 0.25] },
    }),
    part('cycad-fronds', fronds, materials.foliage, { transform: { translation: [-0.05, top + 0.29, 0.25] } }),
  ];
};
