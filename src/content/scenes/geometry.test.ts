import { describe, expect, it } from 'vitest';
import type { Scene, ScenePlacement } from '../schemas/scene.ts';
import {
  blocked,
  pointInPolygon,
  resolveMove,
  segmentsIntersect,
  selfIntersections,
  WALKER_RADIUS,
  wallSegments,
} from './geometry.ts';
import { signedArea } from '../schemas/signed-area.ts';
import { testPlacement, testRoom } from '../../../test/fixtures/scenes/test-room.ts';

const R = WALKER_RADIUS;
const plinth = (x: number, z: number, extra: Partial<ScenePlacement> = {}) => testPlacement('drum', x, z, extra);

/** A 10 × 8 m room with a 2 m doorway in the east wall (x = 10, z from 3 to 5). */
const room = (placements: ScenePlacement[] = []): Scene =>
  testRoom(placements, [
    { id: 'east', edge: 1, offset: 3, width: 2, kind: 'door', to: { scene: 'next', doorway: 'west' } },
  ]);

describe('floor outline maths', () => {
  const ell: [number, number][] = [
    [0, 0],
    [6, 0],
    [6, 3],
    [3, 3],
    [3, 6],
    [0, 6],
  ];
  it('tells the inside of an L-shaped room from its missing corner', () => {
    expect(pointInPolygon([1, 5], ell)).toBe(true);
    expect(pointInPolygon([5, 5], ell)).toBe(false);
    expect(pointInPolygon([-1, 1], ell)).toBe(false);
  });
  it('gives counter-clockwise outlines a positive area', () => {
    expect(signedArea(ell)).toBe(27);
    expect(signedArea([...ell].reverse())).toBe(-27);
  });
  it('finds crossing and touching segments, not parallel ones', () => {
    expect(segmentsIntersect([0, 0], [4, 4], [0, 4], [4, 0])).toBe(true);
    expect(segmentsIntersect([0, 0], [4, 0], [4, 0], [4, 3])).toBe(true);
    expect(segmentsIntersect([0, 0], [4, 0], [0, 1], [4, 1])).toBe(false);
  });
  it('finds the crossing edges of a bow-tie, and none in a simple polygon', () => {
    expect(
      selfIntersections([
        [0, 0],
        [4, 0],
        [0, 4],
        [4, 4],
      ]),
    ).toEqual([[1, 3]]);
    expect(selfIntersections(ell)).toEqual([]);
  });
});

describe('wallSegments', () => {
  it('cuts each doorway out of its wall', () => {
    const walls = wallSegments(room());
    expect(walls).toHaveLength(5);
    expect(walls).toContainEqual({ a: [10, 0], b: [10, 3] });
    expect(walls).toContainEqual({ a: [10, 5], b: [10, 8] });
  });
});

describe('walking', () => {
  it('does not pass a wall, however long the stride', () => {
    const [x, z] = resolveMove(room(), [5, 1], [15, 1], R);
    expect(x).toBeLessThanOrEqual(10 - R);
    expect(x).toBeGreaterThan(9);
    expect(z).toBeCloseTo(1);
  });
  it('slides along a wall when walking into it at an angle', () => {
    const [x, z] = resolveMove(room(), [5, 6], [7, 10], R);
    expect(z).toBeLessThanOrEqual(8 - R);
    expect(x).toBeCloseTo(7);
  });
  it('goes through a doorway onto the landing beyond it', () => {
    const [x, z] = resolveMove(room(), [8, 4], [10.8, 4], R);
    expect(x).toBeCloseTo(10.8);
    expect(z).toBeCloseTo(4);
  });
  it('is stopped by a plinth in the way', () => {
    const [x] = resolveMove(room([plinth(5, 4)]), [2, 4], [8, 4], R);
    expect(x).toBeLessThanOrEqual(4.5 - R);
    expect(x).toBeGreaterThan(3.5);
  });
  it('turns a footprint with its placement', () => {
    // A 4 × 1 m case along x; turned 90° it lies along z instead.
    const long = { footprint: [4, 1] as [number, number] };
    expect(blocked(room([plinth(5, 4, long)]), 5, 2, R)).toBe(false);
    expect(blocked(room([plinth(5, 4, { ...long, rotation: 90 })]), 5, 2, R)).toBe(true);
  });
  it('counts outside the room, and too near a wall, as blocked', () => {
    expect(blocked(room(), 5, 4, R)).toBe(false);
    expect(blocked(room(), 5, 0.2, R)).toBe(true);
    expect(blocked(room(), 5, -1, R)).toBe(true);
    expect(blocked(room(), 12, 4, R)).toBe(true);
  });
});
