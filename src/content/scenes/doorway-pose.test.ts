import { describe, expect, it } from 'vitest';
import { testRoom } from '../../../test/fixtures/scenes/test-room.ts';
import type { Doorway } from '../schemas/scene.ts';
import { doorwayPose } from './doorway-pose.ts';

// The fixture's 10 × 8 m room, with stairs in the east wall (x = 10) from z = 3 to 5.
const room = testRoom([], [
  { id: 'stairs-up', edge: 1, offset: 3, width: 2, kind: 'stairs', to: { scene: 'x', doorway: 'y' } },
] as unknown as Doorway[]);

describe('doorwayPose', () => {
  it('stands inside the room, in front of the gap, facing in', () => {
    const pose = doorwayPose(room, 'stairs-up');
    expect(pose.position[0]).toBeCloseTo(8.5);
    expect(pose.position[2]).toBeCloseTo(4);
    // Facing −x (into the room from the east wall): yaw +90°.
    expect(pose.yaw).toBeCloseTo(90);
  });
  it('falls back to the spawn for an unknown doorway', () => {
    expect(doorwayPose(room, 'nope')).toMatchObject({ position: [2, 1.6, 2], yaw: 0 });
  });
});
