/**
 * The share of the pixel ratio the tour draws at while the visitor walks or turns, chosen from how long
 * moving frames take: slow frames step the resolution down, fast ones step it back up, and the view
 * where the visitor stops is drawn at full resolution. The same rule <model-viewer> applies to its
 * turning model (steps from 1 to 0.5 of each axis, a frame-time average between 40 and 60 ms), so a
 * slow phone keeps walking smoothly and a fast one never leaves full resolution. Unlike <model-viewer>,
 * a frame slower than twice the bound steps down at once: on a device drawing three frames a second,
 * a short walk would end before the average noticed.
 */
export const MOTION_SCALES = [1, 0.79, 0.62, 0.5] as const;
const SLOW_MS = 60;
const FAST_MS = 40;
/** How far one frame moves the average: a fifth of the gap, at most 5 ms. */
const DECAY = 0.2;
const MAX_CHANGE_MS = 5;

export class MotionScale {
  private step = 0;
  private average = (SLOW_MS + FAST_MS) / 2;

  /**
   * The scale for moving frames. The step reached is kept when the visitor stops (that frame is drawn
   * at full resolution by the caller), so a slow device does not learn it again on every walk.
   */
  get scale(): number {
    return MOTION_SCALES[this.step] ?? 1;
  }

  /** A moving frame took `ms` since the one before: returns the scale for the next one. */
  moved(ms: number): number {
    const change = Math.max(-MAX_CHANGE_MS, Math.min(MAX_CHANGE_MS, DECAY * (ms - this.average)));
    this.average += change;
    const before = this.step;
    // A frame over twice the slow bound is slow beyond doubt: a step at once, not after the average.
    if (this.average > SLOW_MS || ms > 2 * SLOW_MS) this.step = Math.min(MOTION_SCALES.length - 1, this.step + 1);
    else if (this.average < FAST_MS && this.step > 0) this.step--;
    // A new step starts its own average from the middle, so one slow patch is one step, not all of them.
    if (this.step !== before) this.average = (SLOW_MS + FAST_MS) / 2;
    return this.scale;
  }
}
