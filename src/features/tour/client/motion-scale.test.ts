import { describe, expect, it } from 'vitest';
import { MOTION_SCALES, MotionScale } from './motion-scale.ts';

const walk = (motion: MotionScale, frames: number, ms: number) => {
  let scale = motion.scale;
  for (let i = 0; i < frames; i++) scale = motion.moved(ms);
  return scale;
};

describe('the resolution of moving frames', () => {
  it('stays full on a device that draws a frame in 16 ms', () => {
    expect(walk(new MotionScale(), 600, 16)).toBe(1);
  });
  it('goes no lower than half of each axis, however slow', () => {
    expect(walk(new MotionScale(), 60, 2000)).toBe(MOTION_SCALES.at(-1));
    expect(MOTION_SCALES.at(-1)).toBe(0.5);
  });
  it('reaches half within three frames when frames take 300 ms: a short walk on a slow phone benefits', () => {
    const motion = new MotionScale();
    expect([motion.moved(300), motion.moved(300), motion.moved(300)]).toEqual([0.79, 0.62, 0.5]);
  });
  it('one frame a little slow does not change it; a lasting slow patch does, and fast frames bring it back', () => {
    const motion = new MotionScale();
    expect(motion.moved(100)).toBe(1);
    expect(walk(motion, 20, 16)).toBe(1);
    expect(walk(motion, 40, 90)).toBeLessThan(1);
    expect(walk(motion, 200, 16)).toBe(1);
  });
});
