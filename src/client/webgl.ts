/**
 * Whether this browser can draw WebGL (2, else 1): the 3D islands (tour, object viewer) check before
 * loading three.js, so a browser without it gets the poster and a sentence instead of a blank box.
 */
export function webglWorks(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return !!(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}
