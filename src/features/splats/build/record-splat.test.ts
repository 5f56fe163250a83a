import { describe, expect, it } from 'vitest';
import { sceneSchema } from '../../../content/schemas/scene.ts';
import type { Splat } from '../../../content/schemas/splat.ts';
import { numberList, withRoomSplat } from './record-splat.ts';

const splat = (v: number): Splat => ({
  coarse: { src: `/splats/hall/coarse.spz`, splats: 1000 * v, bytes: 10_000 * v },
  generated: false,
});

describe('withRoomSplat', () => {
  it("adds a room's splat to a scene at the origin, and a re-import replaces it where it was moved to", () => {
    const first = JSON.parse(withRoomSplat('{"gallery":"history","placements":[]}', splat(1), '/splats/hall'));
    expect(first.splats).toEqual([{ splat: splat(1), position: [0, 0, 0], rotation: 0, scale: 1 }]);
    first.splats[0].position = [3, 0, 2];
    const again = JSON.parse(withRoomSplat(JSON.stringify(first), splat(2), '/splats/hall'));
    expect(again.splats).toEqual([{ splat: splat(2), position: [3, 0, 2], rotation: 0, scale: 1 }]);
    expect(again.gallery).toBe('history');
  });
  it('writes what the scene schema accepts', () => {
    const room = JSON.parse(withRoomSplat('{}', splat(1), '/splats/hall')).splats[0];
    expect(sceneSchema.shape.splats.parse([room])).toEqual([room]);
  });
});

describe('numberList', () => {
  it('reads a crop box and says what it expected otherwise', () => {
    expect(numberList('-1,0,-1,1,2,1', 6, '--crop')).toEqual([-1, 0, -1, 1, 2, 1]);
    expect(() => numberList('1,2', 6, '--crop')).toThrow('--crop expects 6 numbers separated by commas, got "1,2"');
  });
});
