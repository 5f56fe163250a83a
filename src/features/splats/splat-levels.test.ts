import { describe, expect, it } from 'vitest';
import { splatSchema } from '../../content/schemas/splat.ts';
import { looksLikePhone, splatBytes, splatLoadOrder, splatPackFiles } from './splat-levels.ts';

const level = (name: string, splats: number) => ({ src: `/splats/jar/${name}.spz`, splats, bytes: splats * 12 });
const full = splatSchema.parse({
  coarse: level('coarse', 20_000),
  phone: level('phone', 1e6),
  desktop: level('desktop', 3e6),
});

describe('splatLoadOrder', () => {
  it('loads the coarse level first, then the phone level on a phone and the desktop level on a desktop', () => {
    expect(splatLoadOrder(full, true).map((l) => l.splats)).toEqual([20_000, 1e6]);
    expect(splatLoadOrder(full, false).map((l) => l.splats)).toEqual([20_000, 3e6]);
  });
  it('shows only the coarse level of a capture that has nothing finer', () => {
    expect(splatLoadOrder(splatSchema.parse({ coarse: level('coarse', 5000) }), false)).toHaveLength(1);
  });
  it('counts what a phone downloads (shown on the button) and what an offline pack holds', () => {
    expect(splatBytes(full, true)).toBe((20_000 + 1e6) * 12);
    expect(splatPackFiles(full)).toEqual(['/splats/jar/coarse.spz', '/splats/jar/phone.spz']);
  });
});

describe('splatSchema', () => {
  it('refuses a level that is not an .spz written by the importer', () => {
    const result = splatSchema.safeParse({ coarse: { src: '/splats/jar/scan.ply', splats: 1, bytes: 1 } });
    expect(result.error?.issues[0]?.message).toBe('expected a .spz file written by npm run splats:import');
  });
});

describe('looksLikePhone', () => {
  it('takes a touch screen or a small one for a phone', () => {
    expect(looksLikePhone({ coarsePointer: true, screenWidth: 1200 })).toBe(true);
    expect(looksLikePhone({ coarsePointer: false, screenWidth: 1440, deviceMemoryGb: 8 })).toBe(false);
  });
});
