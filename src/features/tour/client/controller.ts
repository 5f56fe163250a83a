import type { Pose } from './pose.ts';

/**
 * What the plain-DOM controls (joystick, guided tour, labels, floor map) and the three.js scene share.
 * Per-frame values live here, mutated in place, never in React state.
 */
export interface TourController {
  pose: Pose;
  glide: { from: Pose; to: Pose; t: number } | null;
  stick: { x: number; y: number };
  /** Asks for a frame (the loop only runs on demand); set once the renderer exists. */
  invalidate: () => void;
  /** Called after every frame with the visitor's pose and whether it moved. */
  onFrame: (pose: Pose, moving: boolean) => void;
  /** Label elements by exhibit id, positioned over the canvas each frame. */
  labels: Map<string, HTMLElement>;
  /** Asks for an exhibit's detailed model (its story was opened); set by the scene. */
  showDetail: (exhibitId: string) => void;
}

export function glideTo(controller: TourController, to: Pose): void {
  controller.glide = { from: { ...controller.pose }, to, t: 0 };
  controller.invalidate();
}
