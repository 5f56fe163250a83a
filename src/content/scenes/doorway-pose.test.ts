import { describe, expect, it } from 'vitest';
import type { Scene } from '../schemas/scene.ts';
import { doorwayPose } from './doorway-pose.ts';

const room = {
  floor: {
    outline: [
      [0, 0],
      [10, 0],
      [10, 8],
      [0, 8],
    ],
  },
  doorways: [{ id: 'stairs-up', edge: 1, offset: 3, width: 2, kind: 'stairs', to: { scene: 'x', doorway: 'y' } }],
  spawn: { position: [5, 1.6, 4], yaw: 90 },
} as unknown as Scene;

describe('doorwayPose', () => {
  it('stands inside the room, in front of the gap, facing in', () => {
    const pose = doorwayPose(room, 'stairs-up');
    expect(pose.position[0]).toBeCloseTo(8.5);
    expect(pose.position[2]).toBeCloseTo(4);
    // Facing −x (into the room from the east wall): yaw +90°.
    expect(pose.yaw).toBeCloseTo(90);
  });
  it('falls back to the spawn for an unknown doorway', () => {
    expect(doorwayPose(room, 'nope')).toMatchObject({ position: [5, 1.6, 4], yaw: 90 });
  });
});
