/**
 * How often Spark brings its splats up to date with the view while the view moves. Left to itself,
 * Spark does this on every frame the camera moved: a pass over every splat on the GPU (positions
 * relative to the eye, view-dependent colour, the depth to sort by), a read-back of those depths and a
 * sort in a worker. On a GPU without much to spare (SwiftShader here, an older phone) that was two
 * thirds of a walking frame in a gallery with one splat (docs/benchmarks.md, "the walk").
 *
 * Between two updates the splats are still drawn where they are, from the current camera (Spark's draw
 * takes the camera each frame); what ages is their back-to-front order and their view-dependent colour,
 * for a few frames, while the visitor moves. Spark sorts by distance from the eye, which changes
 * slowly with a step or a turn. The view where the visitor stops is always brought up to date.
 */
export const SPLAT_UPDATES = {
  /** While moving, frames between two updates at least (a slow device updates on one frame in four). */
  everyFrames: 4,
  /** And at least this long between them (a fast device then sorts about ten times a second). */
  everyMs: 100,
  /** A frame is asked for this long after a moving frame that skipped its update, with none since. */
  settleMs: 200,
} as const;

export type UpdateRule = { everyFrames: number; everyMs: number };

/** Decides, frame by frame, whether Spark may update for this frame. Pure: time and motion come in. */
export class UpdateGate {
  private framesSince = Number.POSITIVE_INFINITY;
  private lastAt = Number.NEGATIVE_INFINITY;

  private readonly rule: UpdateRule;

  constructor(rule: UpdateRule = SPLAT_UPDATES) {
    this.rule = rule;
  }

  /**
   * A frame is about to be drawn at `now` (ms); `moved` says whether the camera moved since the frame
   * before. A still frame may always update (Spark then does work only if the view changed since its
   * last sort), so the view the visitor stops at is sorted for that view.
   */
  frame(now: number, moved: boolean): boolean {
    this.framesSince++;
    const due = !moved || (this.framesSince >= this.rule.everyFrames && now - this.lastAt >= this.rule.everyMs);
    if (due) {
      this.framesSince = 0;
      this.lastAt = now;
    }
    return due;
  }
}
