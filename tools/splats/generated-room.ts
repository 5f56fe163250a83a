import { seededRandom as random } from '../shared/seeded-random.ts';
import { capturePlyProperties, writeCaptureRow } from './capture-layout.ts';
import type { GeneratedSplatOptions } from './generated-object.ts';

/**
 * A deterministic stand-in for a splat capture of part of a room: a limestone cave wall, 4 m long and
 * 2.6 m high, its flowstone bulging up to half a metre out of the wall (x = 0) and stalactites hanging
 * from its top edge, in pale stone with iron-stained streaks and a damp, darker foot. The local frame is
 * the one `splats:import --gallery` keeps: x out of the wall, y up from the floor, z along the wall.
 */
export const CAVE_WALL = { length: 4, height: 2.6, stalactites: 14 } as const;

/** Share of the splats on the hanging stalactites; the rest cover the wall. */
const HANGING = 0.15;

/** How far the wall's surface stands out of the wall plane at (y, z), in metres. */
export function wallDepth(y: number, z: number): number {
  return (
    0.2 +
    0.1 * Math.sin(z * 2.1 + Math.sin(y * 1.3)) +
    0.06 * Math.sin(y * 3.7 + z * 1.1) +
    // Flowstone drapes: narrow vertical ridges, strongest near the top.
    0.05 * Math.max(0, Math.sin(z * 9.5)) * (y / CAVE_WALL.height)
  );
}

/** Stalactite k: where it hangs along the wall, how long and how thick it is. */
function stalactite(k: number, seed: number) {
  const rnd = random(seed * 7919 + k);
  const z = 0.2 + (k + rnd() * 0.6) * ((CAVE_WALL.length - 0.4) / CAVE_WALL.stalactites);
  return { z, x: wallDepth(CAVE_WALL.height, z) + 0.05, length: 0.25 + rnd() * 0.55, radius: 0.03 + rnd() * 0.04 };
}

/** Quaternion (w, x, y, z) turning the splat's flat axis (z) onto the unit normal n. */
function faceAlong(n: readonly [number, number, number]): [number, number, number, number] {
  const w = 1 + n[2];
  if (w < 1e-6) return [0, 1, 0, 0];
  const q: [number, number, number, number] = [w, -n[1], n[0], 0];
  const length = Math.hypot(...q);
  return q.map((v) => v / length) as [number, number, number, number];
}

/** Same contract as fillSplatRows: splats `start`…`start + rows - 1`, each from its index and the seed. */
export function fillCaveWallRows(out: Float32Array, start: number, rows: number, options: GeneratedSplatOptions): void {
  const shDegree = options.shDegree ?? 3;
  const stride = capturePlyProperties(shDegree).length;
  const rest = stride - 17;
  const seed = options.seed ?? 25;
  const wallSplats = Math.floor(options.count * (1 - HANGING));
  for (let row = 0; row < rows; row++) {
    const i = start + row;
    const rnd = random(seed * 2654435761 + i);
    let p: [number, number, number];
    let n: [number, number, number];
    let stain = 1;
    let damp = 1;
    if (i < wallSplats) {
      const y = rnd() * CAVE_WALL.height;
      const z = rnd() * CAVE_WALL.length;
      const x = wallDepth(y, z) + (rnd() - 0.5) * 0.006;
      const e = 0.01;
      const dy = (wallDepth(y + e, z) - wallDepth(y - e, z)) / (2 * e);
      const dz = (wallDepth(y, z + e) - wallDepth(y, z - e)) / (2 * e);
      const len = Math.hypot(1, dy, dz);
      p = [x, y, z];
      n = [1 / len, -dy / len, -dz / len];
      // Iron-stained streaks run down the stone; the foot of the wall is damp.
      const streak = Math.sin(z * 5.3 + Math.sin(y * 2.1 + z) * 1.5) + 0.5 * Math.sin(z * 13.1 + y * 0.9);
      stain = streak > 1.05 ? 0.78 : streak > 0.85 ? 0.9 : 1;
      damp = y < 0.5 ? 0.65 + y * 0.7 : 1;
    } else {
      const s = stalactite((i - wallSplats) % CAVE_WALL.stalactites, seed);
      const t = rnd(); // 0 at the root, 1 at the tip
      const angle = rnd() * Math.PI * 2;
      const r = s.radius * (1 - t) ** 0.8 + 0.002;
      p = [s.x + Math.cos(angle) * r, CAVE_WALL.height - t * s.length, s.z + Math.sin(angle) * r];
      n = [Math.cos(angle), 0, Math.sin(angle)];
    }
    const grain = 0.85 + rnd() * 0.3;
    // Calcite stalactites are paler than the stained wall behind them.
    const base =
      i >= wallSplats
        ? [0.88, 0.87, 0.82]
        : stain < 0.8
          ? [0.62, 0.47, 0.3]
          : stain < 1
            ? [0.7, 0.62, 0.5]
            : [0.72, 0.7, 0.63];
    writeCaptureRow(out, row * stride, rest, rnd, {
      position: p,
      rgb: base.map((c) => Math.min(1, c * grain * damp)),
      radius: { min: 0.007, spread: 0.006 },
      thickness: 0.0015,
      rotation: faceAlong(n),
    });
  }
}
