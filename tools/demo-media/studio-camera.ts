/** A point or direction in world space (metres, Y up). */
export type Vec3 = [number, number, number];

export const dot = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
export const cross = (a: Vec3, b: Vec3): Vec3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];
export const normalize = (a: Vec3): Vec3 => {
  const length = Math.hypot(...a) || 1;
  return [a[0] / length, a[1] / length, a[2] / length];
};

export interface Bounds {
  min: Vec3;
  max: Vec3;
}

/** A pinhole camera with a shifted lens (cx, cy): what a studio photographer frames an object with. */
export interface StudioCamera {
  eye: Vec3;
  right: Vec3;
  up: Vec3;
  forward: Vec3;
  /** Focal length in pixels. */
  focal: number;
  cx: number;
  cy: number;
}

export interface Framing {
  width: number;
  height: number;
  /** Degrees around the vertical from the object's front (+Z), towards +X. */
  azimuth: number;
  /** Degrees above the horizontal. */
  elevation: number;
  /** Vertical field of view, degrees: a short telephoto, as objects are photographed. */
  fovY: number;
  /** The share of the frame's width or height the object's bounding box may take. */
  fill: number;
}

/** Where a world point lands: pixel x, y (down) and its distance along the view. */
export function project(camera: StudioCamera, p: Vec3): Vec3 {
  const v: Vec3 = [p[0] - camera.eye[0], p[1] - camera.eye[1], p[2] - camera.eye[2]];
  const z = dot(v, camera.forward);
  return [camera.cx + (dot(v, camera.right) / z) * camera.focal, camera.cy - (dot(v, camera.up) / z) * camera.focal, z];
}

function corners({ min, max }: Bounds): Vec3[] {
  return [0, 1, 2, 3, 4, 5, 6, 7].map((k) => [
    k & 1 ? max[0] : min[0],
    k & 2 ? max[1] : min[1],
    k & 4 ? max[2] : min[2],
  ]);
}

/** The camera that frames `bounds` at the given angle, the box centred and filling `fill` of the frame. */
export function frameObject(bounds: Bounds, framing: Framing): StudioCamera {
  const centre: Vec3 = [0, 1, 2].map((a) => (bounds.min[a]! + bounds.max[a]!) / 2) as Vec3;
  const radius = Math.hypot(...[0, 1, 2].map((a) => bounds.max[a]! - bounds.min[a]!)) / 2;
  const [az, el] = [(framing.azimuth * Math.PI) / 180, (framing.elevation * Math.PI) / 180];
  const towardsEye: Vec3 = [Math.cos(el) * Math.sin(az), Math.sin(el), Math.cos(el) * Math.cos(az)];
  const forward: Vec3 = [-towardsEye[0], -towardsEye[1], -towardsEye[2]];
  const right = normalize(cross(forward, [0, 1, 0]));
  const up = cross(right, forward);
  const focal = framing.height / 2 / Math.tan((framing.fovY * Math.PI) / 360);
  let distance = radius / Math.sin((framing.fovY * Math.PI) / 360);
  let camera: StudioCamera = { eye: centre, right, up, forward, focal, cx: 0, cy: 0 };
  // Projected size goes as 1 / distance: a few rounds settle the distance at which the box fits.
  for (let round = 0; round < 4; round++) {
    const eye: Vec3 = [0, 1, 2].map((a) => centre[a]! + towardsEye[a]! * distance) as Vec3;
    camera = { ...camera, eye, cx: 0, cy: 0 };
    const points = corners(bounds).map((p) => project(camera, p));
    const [xs, ys] = [points.map((p) => p[0]), points.map((p) => p[1])];
    const scale = Math.max(
      (Math.max(...xs) - Math.min(...xs)) / (framing.width * framing.fill),
      (Math.max(...ys) - Math.min(...ys)) / (framing.height * framing.fill),
    );
    if (round === 3) {
      camera.cx = framing.width / 2 - (Math.max(...xs) + Math.min(...xs)) / 2;
      camera.cy = framing.height / 2 - (Math.max(...ys) + Math.min(...ys)) / 2;
    } else distance *= scale;
  }
  return camera;
}
