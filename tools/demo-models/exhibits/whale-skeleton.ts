import { squash } from '../deform.ts';
import { type ModelBuilder, type ModelPart, part, pick } from '../exhibit-model.ts';
import { lathe } from '../lathe.ts';
import { materials } from '../materials.ts';
import { mergeMeshes, type Vec3 } from '../mesh-data.ts';
import { box, cylinder } from '../primitives.ts';
import { quatFromAxisAngle, quatMultiply, transformMesh } from '../transform.ts';
import { curve, tube } from '../tube.ts';

const VERTEBRAE = 52;
const RIB_PAIRS = 15;
const FIRST_RIB = 7;

/** The spine from the neck (s = 0) to the tail tip (s = 1), bent as if swimming; about 14.6 m. */
function spineAt(s: number): Vec3 {
  return [
    5 - 14.6 * s,
    3 + 0.35 * Math.sin(Math.PI * 1.2 * s) - 0.6 * s * s,
    0.5 * s * Math.sin(2 * Math.PI * 0.9 * s),
  ];
}

/** Rotation turning +x (a vertebra's axis) towards the head along the spine at s. */
function alongSpine(s: number): [number, number, number, number] {
  const [a, b] = [spineAt(Math.max(0, s - 0.01)), spineAt(Math.min(1, s + 0.01))];
  const d = [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
  const length = Math.hypot(d[0]!, d[1]!, d[2]!);
  const pitch = quatFromAxisAngle([0, 0, 1], Math.asin(d[1]! / length));
  return quatMultiply(quatFromAxisAngle([0, 1, 0], Math.atan2(-d[2]!, d[0]!)), pitch);
}

/**
 * Fin whale skeleton, L ≈ 20 m, on three steel posts: a curved spine of 52 vertebrae (one mesh), 15
 * pairs of ribs as bent tubes (one mesh per side), a broad flat skull, the jaw bones and flippers.
 */
export const whaleSkeleton: ModelBuilder = (lod) => {
  const centrum = transformMesh(cylinder(1, 0.9, pick(lod, 12, 6)), {
    translation: [0.45, 0, 0],
    rotation: quatFromAxisAngle([0, 0, 1], Math.PI / 2),
  });
  const vertebra = mergeMeshes([centrum, box([0.35, 1.6, 0.25], [0, 1.6, 0]), box([0.3, 0.25, 3.2], [0, 0, 0])]);
  const parts: ModelPart[] = [];
  for (let i = 0; i < VERTEBRAE; i++) {
    const s = i / (VERTEBRAE - 1);
    parts.push(
      part(`vertebra-${String(i + 1).padStart(2, '0')}`, vertebra, materials.bone, {
        transform: {
          translation: spineAt(s),
          rotation: alongSpine(s),
          scale: Array(3).fill(0.22 * (1 - 0.8 * s * s)) as Vec3,
        },
      }),
    );
  }
  const ribPath = (side: 1 | -1) =>
    curve(pick(lod, 16, 7), (t) => {
      const a = t * 1.9;
      return [0, -(1 - Math.cos(a)), side * Math.sin(a)] as Vec3;
    });
  const ribOptions = { radius: (t: number) => 0.05 - 0.025 * t, radialSegments: pick(lod, 8, 4) };
  const ribs = { left: tube(ribPath(1), ribOptions), right: tube(ribPath(-1), ribOptions) };
  for (let k = 0; k < RIB_PAIRS; k++) {
    const s = (FIRST_RIB + k) / (VERTEBRAE - 1);
    const f = Math.sin((Math.PI * (k + 2)) / 18);
    const [x, y, z] = spineAt(s);
    const transform = {
      translation: [x, y - 0.05, z] as Vec3,
      rotation: alongSpine(s),
      scale: [1, 0.6 + 0.9 * f, 0.5 + 0.7 * f] as Vec3,
    };
    for (const side of ['left', 'right'] as const) {
      parts.push(part(`rib-${side}-${String(k + 1).padStart(2, '0')}`, ribs[side], materials.bone, { transform }));
    }
  }
  parts.push(...head(lod), ...supports(lod));
  return parts;
};

function head(lod: Parameters<ModelBuilder>[0]): ModelPart[] {
  const neck = spineAt(0);
  const skull = squash(
    transformMesh(
      lathe(
        [
          [0, 0],
          [0.3, 0.25],
          [0.55, 1.2],
          [0.75, 2.4],
          [0.95, 3.5],
          [1.05, 4.1],
          [0.9, 4.5],
          [0.5, 4.65],
          [0, 4.7],
        ],
        { segments: pick(lod, 40, 12) },
      ),
      { rotation: quatFromAxisAngle([0, 0, 1], Math.PI / 2) },
    ),
    1,
    0.35,
    1,
  );
  const jaw = (side: 1 | -1) =>
    tube(
      curve(pick(lod, 14, 6), (t) => {
        return [
          9.7 - 4.4 * t,
          neck[1] - 0.35 - 0.1 * t - 0.1 * Math.sin(Math.PI * t),
          side * (0.25 + 0.75 * t + 0.35 * Math.sin(Math.PI * t)),
        ] as Vec3;
      }),
      { radius: (t) => 0.07 + 0.03 * t, radialSegments: pick(lod, 10, 5) },
    );
  const flipper = (side: 1 | -1) =>
    tube(
      [
        [3.9, neck[1] - 0.6, side * 0.7],
        [3.7, neck[1] - 1.1, side * 1.3],
        [3.3, neck[1] - 1.6, side * 1.8],
        [2.9, neck[1] - 2.0, side * 2.1],
      ],
      { radius: (t) => 0.12 - 0.08 * t, radialSegments: pick(lod, 8, 4) },
    );
  return [
    part('skull', skull, materials.bone, { transform: { translation: [neck[0] + 4.8, neck[1] + 0.1, neck[2]] } }),
    part('jaw-left', jaw(1), materials.bone),
    part('jaw-right', jaw(-1), materials.bone),
    part('flipper-left', flipper(1), materials.bone),
    part('flipper-right', flipper(-1), materials.bone),
  ];
}

function supports(lod: Parameters<ModelBuilder>[0]): ModelPart[] {
  const post = cylinder(0.05, 1, pick(lod, 12, 6));
  const plate = box([0.6, 0.03, 0.6], [0, 0.015, 0]);
  return [0.1, 0.45, 0.8].flatMap((s, i) => {
    const [x, y, z] = spineAt(s);
    const height = y - 0.1;
    return [
      part(`support-post-${i + 1}`, post, materials.steel, {
        transform: { translation: [x, 0, z], scale: [1, height, 1] },
        accessory: true,
      }),
      part(`support-plate-${i + 1}`, plate, materials.steel, {
        transform: { translation: [x, 0, z] },
        accessory: true,
      }),
    ];
  });
}
