/** One step of the keyboard orbit: turn (radians) around and over the object, or zoom (factor). */
export type OrbitStep = { turn: number; tilt: number; zoom: number } | 'reset';

const TURN = Math.PI / 12; // 15°: 24 presses go once around

/** What a key does in the object viewer, or undefined when it is not one of ours (Tab stays Tab). */
export function orbitStep(key: string): OrbitStep | undefined {
  switch (key) {
    case 'ArrowLeft':
      return { turn: TURN, tilt: 0, zoom: 1 };
    case 'ArrowRight':
      return { turn: -TURN, tilt: 0, zoom: 1 };
    case 'ArrowUp':
      return { turn: 0, tilt: TURN, zoom: 1 };
    case 'ArrowDown':
      return { turn: 0, tilt: -TURN, zoom: 1 };
    case '+':
    case '=':
      return { turn: 0, tilt: 0, zoom: 0.8 };
    case '-':
    case '_':
      return { turn: 0, tilt: 0, zoom: 1.25 };
    case '0':
    case 'Home':
      return 'reset';
    default:
      return undefined;
  }
}

/** The camera's new spherical position after a step, the polar angle kept off the poles. */
export function applyStep(
  at: { radius: number; theta: number; phi: number },
  step: Exclude<OrbitStep, 'reset'>,
  limits: { minRadius: number; maxRadius: number },
): { radius: number; theta: number; phi: number } {
  return {
    radius: Math.min(limits.maxRadius, Math.max(limits.minRadius, at.radius * step.zoom)),
    theta: at.theta + step.turn,
    phi: Math.min(Math.PI - 0.05, Math.max(0.05, at.phi - step.tilt)),
  };
}

/** Camera distance that fits a sphere of `radius` in a vertical field of view (degrees) with margin. */
export function fitDistance(radius: number, fovDegrees: number, aspect: number): number {
  const half = (fovDegrees * Math.PI) / 360;
  const fit = Math.min(Math.tan(half), Math.tan(half) * aspect);
  return (radius / fit) * 1.15;
}
