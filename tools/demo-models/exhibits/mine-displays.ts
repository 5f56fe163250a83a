import { squash } from '../deform.ts';
import { type ModelBuilder, type ModelPart, part, pick } from '../exhibit-model.ts';
import { lathe, type ProfilePoint } from '../lathe.ts';
import { materials } from '../materials.ts';
import { mergeMeshes, type Vec3 } from '../mesh-data.ts';
import { box, cylinder } from '../primitives.ts';
import { curve, tube } from '../tube.ts';

/** Cọc Sáu open pit as a table model: a terraced oval crater, an excavator and a haul truck. */
export const coc6OpenPit: ModelBuilder = (lod) => {
  const top = 0.75;
  const [radius, rim, benches] = [0.6, 0.12, pick(lod, 7, 4)];
  const [tread, riser] = [(radius - 0.12) / benches, (rim - 0.02) / benches];
  // From the axis out along the base, up the outer wall, then down the benches towards the middle.
  const profile: ProfilePoint[] = [
    [0, 0],
    [radius, 0],
    [radius, rim],
  ];
  for (let k = 1; k <= benches; k++)
    profile.push([radius - k * tread, rim - (k - 1) * riser], [radius - k * tread, rim - k * riser]);
  profile.push([0, rim - benches * riser]);
  const pit = squash(lathe(profile, { segments: pick(lod, 48, 16) }), 1.3, 1, 1);
  const floor = top + rim - benches * riser;
  // The bench under a point at distance r from the middle (before the oval stretch).
  const benchTop = (r: number) => top + rim - Math.min(benches, Math.floor((radius - r) / tread)) * riser;
  const truckAt: Vec3 = [-0.3, 0, 0.15];
  const excavator = mergeMeshes([
    box([0.08, 0.02, 0.06], [0, 0.01, 0]),
    box([0.06, 0.03, 0.05], [0, 0.035, 0]),
    box([0.02, 0.02, 0.015], [0.02, 0.06, 0]),
    box([0.07, 0.012, 0.012], [0.06, 0.055, 0]),
  ]);
  const truck = mergeMeshes([
    box([0.1, 0.02, 0.05], [0, 0.015, 0]),
    box([0.025, 0.03, 0.045], [0.04, 0.04, 0]),
    box([0.07, 0.025, 0.05], [-0.015, 0.0375, 0]),
  ]);
  return [
    part('plinth', box([1.8, top, 1.4], [0, top / 2, 0]), materials.plinth, { accessory: true }),
    part('terraced-pit', pit, materials.earth, { transform: { translation: [0, top, 0] } }),
    part('coal-floor', cylinder(0.1, 0.004, pick(lod, 24, 8)), materials.anthracite, {
      transform: { translation: [0, floor, 0] },
    }),
    part('excavator', excavator, materials.machineYellow, { transform: { translation: [0.05, floor, 0.02] } }),
    part('haul-truck', truck, materials.machineYellow, {
      transform: { translation: [truckAt[0], benchTop(Math.hypot(truckAt[0] / 1.3, truckAt[2])), truckAt[2]] },
    }),
  ];
};

/** A 6 m stretch of drift: timber sets and steel arches, lagging overhead, a narrow-gauge track. */
export const mineTunnel: ModelBuilder = (lod) => {
  const length = 6;
  const post = box([0.18, 2.2, 0.18], [0, 1.1, 0]);
  const cap = box([2.5, 0.2, 0.2], [0, 0, 0]);
  const arch = tube(
    curve(pick(lod, 17, 7), (t) => {
      const a = Math.PI * t;
      return [-1.2 * Math.cos(a), 0.1 + 2.3 * Math.sin(a), 0] as Vec3;
    }),
    { radius: 0.05, radialSegments: pick(lod, 8, 4) },
  );
  const parts: ModelPart[] = [
    part('floor', box([2.8, 0.1, length], [0, 0.05, 0]), materials.earth),
    part(
      'rails',
      mergeMeshes([box([0.05, 0.09, length], [0.3, 0.145, 0]), box([0.05, 0.09, length], [-0.3, 0.145, 0])]),
      materials.steel,
    ),
    part(
      'sleepers',
      mergeMeshes(Array.from({ length: 12 }, (_, i) => box([1.0, 0.05, 0.15], [0, 0.125, -2.75 + i * 0.5]))),
      materials.timber,
    ),
    part(
      'lagging',
      mergeMeshes(Array.from({ length: 9 }, (_, i) => box([0.16, 0.04, length], [-1.0 + i * 0.25, 2.42, 0]))),
      materials.timber,
    ),
  ];
  [-2.5, -1.5, 0, 1.5, 2.5].forEach((z, i) => {
    const n = String(i + 1).padStart(2, '0');
    if (i === 1 || i === 3) {
      parts.push(part(`steel-arch-${n}`, arch, materials.steel, { transform: { translation: [0, 0, z] } }));
      return;
    }
    parts.push(
      part(`post-left-${n}`, post, materials.timber, { transform: { translation: [-1.1, 0.1, z] } }),
      part(`post-right-${n}`, post, materials.timber, { transform: { translation: [1.1, 0.1, z] } }),
      part(`cap-${n}`, cap, materials.timber, { transform: { translation: [0, 2.3, z] } }),
    );
  });
  return parts;
};
