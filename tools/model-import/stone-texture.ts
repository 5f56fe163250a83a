import sharp from 'sharp';
import { hashNoise } from '../demo-models/noise.ts';

/**
 * A JPEG like a capture's photo texture of weathered stone or patinated bronze, around `color`
 * (#rrggbb): broad mottling, darker lichen-like patches, paler streaks, and per-pixel grain (which
 * compresses as badly as a photograph does). Deterministic for the same edge, colour and seed.
 */
export async function stoneTexture(edge: number, color: string, seed: number): Promise<Buffer> {
  const hex = /^#([0-9a-f]{6})$/i.exec(color)?.[1];
  if (!hex) throw new Error(`stone texture: expected a colour as #rrggbb, got ${color}`);
  const base = [0, 2, 4].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  const small = 256;
  const raw = Buffer.alloc(small * small * 3);
  const smooth = (x: number, y: number, cell: number, s: number) => {
    const [ix, iy] = [Math.floor(x / cell), Math.floor(y / cell)];
    const [fx, fy] = [x / cell - ix, y / cell - iy].map((f) => f * f * (3 - 2 * f)) as [number, number];
    // Wraps at the tile's edge (small / cell lattice cells), so the tiled texture shows no seam.
    const w = small / cell;
    const h = (a: number, b: number) => hashNoise(s, ((a % w) + w) % w, ((b % w) + w) % w);
    return (
      (1 - fy) * ((1 - fx) * h(ix, iy) + fx * h(ix + 1, iy)) + fy * ((1 - fx) * h(ix, iy + 1) + fx * h(ix + 1, iy + 1))
    );
  };
  for (let y = 0; y < small; y++) {
    for (let x = 0; x < small; x++) {
      const mottle = 0.6 * smooth(x, y, 32, seed) + 0.4 * smooth(x, y, 8, seed + 1);
      const lichen = Math.max(0, smooth(x, y, 16, seed + 2) - 0.35) * 1.6;
      const streak = Math.max(0, Math.sin((2 * Math.PI * 8 * y) / small + 2 * smooth(x, y, 64, seed + 3)) - 0.8) * 1.5;
      const i = (y * small + x) * 3;
      for (let c = 0; c < 3; c++) {
        const tint = c === 1 ? 0.9 : c === 2 ? 0.8 : 1; // lichen darkens red and blue less than green
        const value = base[c]! * (1 + 0.16 * mottle + 0.12 * streak) - 55 * lichen * tint;
        raw[i + c] = Math.max(0, Math.min(255, value));
      }
    }
  }
  const { data } = await sharp(raw, { raw: { width: small, height: small, channels: 3 } })
    .resize(edge, edge, { kernel: 'cubic' })
    .raw()
    .toBuffer({ resolveWithObject: true });
  let h = seed >>> 0;
  for (let i = 0; i < data.length; i += 3) {
    h = (Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) + i) >>> 0;
    const grain = ((h >>> 24) % 29) - 14; // the same for the three channels: grain, not colour noise
    for (let c = 0; c < 3; c++) data[i + c] = Math.max(0, Math.min(255, (data[i + c] ?? 0) + grain));
  }
  return sharp(data, { raw: { width: edge, height: edge, channels: 3 } })
    .jpeg({ quality: 85 })
    .toBuffer();
}
