import { describe, expect, it } from 'vitest';
import type { Scene, ScenePlacement } from '../schemas/scene.ts';
import { blocked, WALKER_RADIUS } from './geometry.ts';
import { testPlacement, testRoom } from '../../../test/fixtures/scenes/test-room.ts';
import { type CameraPose, facingPose, lookAt } from './poses.ts';

const placement = (exhibit: string, extra: Partial<ScenePlacement>): ScenePlacement =>
  testPlacement(exhibit, 5, 4, extra);
const room = (placements: ScenePlacement[]): Scene => testRoom(placements);

/** Where the pose's yaw and pitch point, as a unit vector (yaw 0 looks toward -z). */
function gaze(pose: CameraPose): [number, number, number] {
  const [yaw, pitch] = [(pose.yaw * Math.PI) / 180, (pose.pitch * Math.PI) / 180];
  return [-Math.sin(yaw) * Math.cos(pitch), Math.sin(pitch), -Math.cos(yaw) * Math.cos(pitch)];
}

describe('lookAt', () => {
  it('turns the camera toward the target', () => {
    const target: [number, number, number] = [3, 1, -2];
    const pose = lookAt([1, 1.6, 2], target);
    const d = [2, -0.6, -4];
    const length = Math.hypot(...d);
    expect(gaze(pose)).toEqual(d.map((v) => expect.closeTo(v / length)));
  });
});

describe('facingPose', () => {
  it('stands in front of the exhibit at eye height, looking at its centre', () => {
    // Turned 90°, the front faces +x; the 1 m footprint's front is 0.5 m from the centre.
    const pose = facingPose(room([placement('drum', { rotation: 90 })]), 'drum');
    expect(pose?.position).toEqual([expect.closeTo(5 + 0.5 + 2.2), 1.6, expect.closeTo(4)]);
    expect(pose?.yaw).toBeCloseTo(90);
    expect(pose?.pitch).toBeCloseTo((Math.atan2(1.2 - 1.6, 2.7) * 180) / Math.PI);
  });

  it('measures from the front of a large footprint, and looks up at something hung', () => {
    const scene = room([placement('whale', { mount: 'floor', footprint: [6, 2], position: [5, 2.5, 3] })]);
    const pose = facingPose(scene, 'whale');
    expect(pose?.position).toEqual([expect.closeTo(5), 1.6, expect.closeTo(3 + 1 + 2.2)]);
    expect(pose?.pitch).toBeGreaterThan(0);
  });

  it('moves aside when another exhibit stands on the spot', () => {
    const scene = room([placement('drum', {}), placement('stele', { position: [5, 0, 6.7] })]);
    const pose = facingPose(scene, 'drum');
    const [x, , z] = pose?.position ?? [0, 0, 0];
    expect(blocked(scene, x, z, WALKER_RADIUS)).toBe(false);
    expect(Math.hypot(x - 5, z - 6.7)).toBeGreaterThan(0.5);
    const [gx, , gz] = gaze(pose as CameraPose);
    // Looking straight at the drum: the gaze seen from above points along the way to it.
    expect((gx * (5 - x) + gz * (4 - z)) / Math.hypot(gx, gz)).toBeCloseTo(Math.hypot(5 - x, 4 - z));
  });

  it('stays inside the room when the exhibit faces a nearby wall', () => {
    // The front points at the north wall 1 m away: the visitor must stand somewhere else, still inside.
    const scene = room([placement('stele', { position: [5, 0, 7] })]);
    const pose = facingPose(scene, 'stele');
    const [x, , z] = pose?.position ?? [0, 0, 0];
    expect(blocked(scene, x, z, WALKER_RADIUS)).toBe(false);
    const [gx, , gz] = gaze(pose as CameraPose);
    const toCentre = [5 - x, 7 - z];
    expect(gx * (toCentre[0] ?? 0) + gz * (toCentre[1] ?? 0)).toBeGreaterThan(0);
  });

  it('has no pose for an exhibit that is not in the scene', () => {
    expect(facingPose(room([]), 'ghost')).toBeUndefined();
  });
});
