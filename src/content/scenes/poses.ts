import type { Scene, ScenePlacement, Vec2, Vec3 } from '../schemas/scene.ts';
import { blocked, segmentsIntersect, WALKER_RADIUS, wallSegments } from './geometry.ts';

/** A camera as the walkthrough holds it: where the eye is, and angles in degrees (see schemas/scene.ts). */
export interface CameraPose {
  position: Vec3;
  /** About the vertical axis, as three.js rotation.y: 0 looks toward -z. */
  yaw: number;
  /** Up is positive. */
  pitch: number;
}

export const EYE_HEIGHT = 1.6;

/** Where the eye goes on an object, above its base, by how it is shown. */
const CENTRE_HEIGHT: Record<ScenePlacement['mount'], number> = { plinth: 1.2, vitrine: 1.1, wall: 1.5, floor: 1 };

/** Turns tried, in degrees from the object's front, when the spot straight in front is taken. */
const TURNS = [0, 30, -30, 60, -60, 90, -90, 135, -135, 180];

const toDegrees = (radians: number) => (radians * 180) / Math.PI;

/** The angles of a camera at `position` looking at `target`. */
export function lookAt(position: Vec3, target: Vec3): CameraPose {
  const dx = target[0] - position[0];
  const dz = target[2] - position[2];
  return {
    position,
    yaw: toDegrees(Math.atan2(-dx, -dz)),
    pitch: toDegrees(Math.atan2(target[1] - position[1], Math.hypot(dx, dz))),
  };
}

/** The point on an object an arriving visitor looks at. */
export function placementCentre(placement: ScenePlacement): Vec3 {
  const [x, y, z] = placement.position;
  return [x, y + CENTRE_HEIGHT[placement.mount], z];
}

/**
 * Where a deep link (`?exhibit=id`) puts the visitor: at eye height, `distance` metres out from the
 * front of the exhibit's footprint (so a 20 m whale is seen from as far as a vase), looking at its
 * centre. When that spot is in a wall or another exhibit, the visitor steps back, then closer, then
 * round to the side, until they stand free with a clear view.
 */
export function facingPose(scene: Scene, exhibitId: string, distance = 2.2): CameraPose | undefined {
  const placement = scene.placements.find((p) => p.exhibit === exhibitId);
  if (!placement) return undefined;
  const centre = placementCentre(placement);
  const fromCentre = placement.footprint[1] / 2 + distance;
  const spot = standingSpot(scene, placement, fromCentre) ?? frontAt(placement, 0, fromCentre);
  return lookAt([spot[0], EYE_HEIGHT, spot[1]], centre);
}

function frontAt(placement: ScenePlacement, turn: number, distance: number): Vec2 {
  const angle = ((placement.rotation + turn) * Math.PI) / 180;
  return [placement.position[0] + Math.sin(angle) * distance, placement.position[2] + Math.cos(angle) * distance];
}

function standingSpot(scene: Scene, placement: ScenePlacement, distance: number): Vec2 | undefined {
  const centre: Vec2 = [placement.position[0], placement.position[2]];
  const walls = wallSegments(scene);
  const farther = Array.from({ length: 13 }, (_, i) => distance + i * 0.25);
  const nearer = Array.from({ length: 8 }, (_, i) => distance - (i + 1) * 0.25).filter((d) => d >= 0.8);
  for (const turn of TURNS) {
    for (const d of [...farther, ...nearer]) {
      const spot = frontAt(placement, turn, d);
      const free = !blocked(scene, spot[0], spot[1], WALKER_RADIUS);
      if (free && !walls.some((w) => segmentsIntersect(spot, centre, w.a, w.b))) return spot;
    }
  }
  return undefined;
}
