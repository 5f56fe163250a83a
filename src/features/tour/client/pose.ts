import type { CameraPose } from '../../../content/scenes/poses.ts';

/**
 * Where the visitor stands and looks, as the walkthrough mutates it every frame: flat numbers, angles in
 * radians. The scene data's CameraPose (degrees) is the canonical shape; fromCamera and toCamera convert.
 */
export interface Pose {
  x: number;
  z: number;
  y: number;
  yaw: number;
  pitch: number;
}

export const WALK_SPEED = 1.6; // metres per second, a museum stroll

/** The walkthrough's pose from a camera pose of the scene data (angles there are in degrees). */
export function fromCamera(camera: CameraPose): Pose {
  const rad = Math.PI / 180;
  return {
    x: camera.position[0],
    y: camera.position[1],
    z: camera.position[2],
    yaw: camera.yaw * rad,
    pitch: camera.pitch * rad,
  };
}

/** The camera pose of the scene data (degrees) for a walkthrough pose, e.g. to share where one stands. */
export function toCamera(pose: Pose): CameraPose {
  const deg = 180 / Math.PI;
  return { position: [pose.x, pose.y, pose.z], yaw: pose.yaw * deg, pitch: pose.pitch * deg };
}

/** In-between pose for a glide, with the yaw turning the short way round. */
export function blend(a: Pose, b: Pose, t: number): Pose {
  const ease = t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2;
  let dyaw = b.yaw - a.yaw;
  while (dyaw > Math.PI) dyaw -= 2 * Math.PI;
  while (dyaw < -Math.PI) dyaw += 2 * Math.PI;
  return {
    x: a.x + (b.x - a.x) * ease,
    y: a.y + (b.y - a.y) * ease,
    z: a.z + (b.z - a.z) * ease,
    yaw: a.yaw + dyaw * ease,
    pitch: a.pitch + (b.pitch - a.pitch) * ease,
  };
}
