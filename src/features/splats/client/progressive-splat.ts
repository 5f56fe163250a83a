import { SparkRenderer, SplatMesh } from '@sparkjsdev/spark';
import { Box3, Group, Matrix4, type Object3D, type WebGLRenderer } from 'three';
import type { SplatLevel } from '../../../content/schemas/splat.ts';
import { batchSplatDraws } from './batched-draw.ts';
import { SPLAT_UPDATES, UpdateGate } from './update-gate.ts';

export interface ProgressiveSplatEvents {
  /** A level is loaded and in the scene (index 0 is the coarse level). */
  onLevel?: (level: SplatLevel, index: number) => void;
  onError?: (error: unknown) => void;
}

/**
 * A splat drawn from its levels in order: the coarse level is in the scene as soon as it decodes,
 * and each finer level replaces it once loaded, so the visitor looks at the object while the detail
 * streams in. Spark decodes in a worker, off the main thread. The coarse level stays loaded (hidden)
 * once a finer one is shown: while the view moves, the coarse one is drawn instead (setMoving), as
 * model-viewer draws fewer pixels while its model turns.
 */
export class ProgressiveSplat extends Group {
  private disposed = false;
  private shown: SplatMesh | undefined;
  private coarse: SplatMesh | undefined;
  private moving = false;

  constructor(levels: readonly SplatLevel[], events: ProgressiveSplatEvents = {}) {
    super();
    this.name = 'progressive-splat';
    void this.loadInOrder(levels, events);
  }

  private async loadInOrder(levels: readonly SplatLevel[], events: ProgressiveSplatEvents) {
    for (const [index, level] of levels.entries()) {
      try {
        const mesh = new SplatMesh({ url: level.src });
        await mesh.initialized;
        if (this.disposed) return mesh.dispose();
        this.add(mesh);
        if (this.shown && this.shown !== this.coarse) {
          this.remove(this.shown);
          this.shown.dispose();
        }
        this.coarse ??= mesh;
        this.shown = mesh;
        this.showFor(this.moving);
        events.onLevel?.(level, index);
      } catch (error) {
        // A finer level that fails leaves the coarser one on screen.
        events.onError?.(error);
        return;
      }
    }
  }

  /**
   * Draws the coarse level while the view moves and the finest loaded one when it rests. True when this
   * changed which level is drawn (the splats must then be gathered again for the frame).
   */
  setMoving(moving: boolean): boolean {
    if (moving === this.moving) return false;
    this.moving = moving;
    return this.showFor(moving);
  }

  private showFor(moving: boolean): boolean {
    if (!this.coarse || !this.shown || this.coarse === this.shown) return false;
    this.coarse.visible = moving;
    this.shown.visible = !moving;
    return true;
  }

  /** The splats' extent in this group's space (centres only: a stray wide splat should not zoom the view out). */
  bounds(): Box3 {
    return this.shown ? this.shown.getBoundingBox(true) : new Box3();
  }

  override dispose() {
    this.disposed = true;
    this.shown?.dispose();
    if (this.coarse !== this.shown) this.coarse?.dispose();
  }
}

/**
 * The one SparkRenderer a scene needs: it gathers every splat in the scene and draws them sorted,
 * after the opaque meshes and against their depth, so a splat stands correctly behind a plinth.
 * `onDirty` asks for a frame (the views draw on demand): when a sort finishes, and once the view has
 * stopped after a moving frame that skipped its update. `onFrame` hears, for each frame, whether the
 * splats could be brought up to date with its view and whether they were (the pages count these for
 * tests and the bench).
 */
export function createSparkRenderer(
  renderer: WebGLRenderer,
  onDirty: () => void,
  onFrame?: SplatFrameReport,
): SparkRenderer {
  // LoD is ours (levels as files), not Spark's on-the-fly tree.
  const spark = new SparkRenderer({ renderer, onDirty, enableLod: false });
  gateUpdatesWhileMoving(spark, onDirty, onFrame, batchSplatDraws(spark));
  return spark;
}

/** `current`: the splats could follow this frame's view; `updated`: they did (the view or splats changed). */
export type SplatFrameReport = (frame: { current: boolean; updated: boolean }) => void;

/**
 * Lets Spark update only on the frames UpdateGate allows while the camera moves (Spark's `autoUpdate`,
 * set before each frame), and asks for one more frame once the camera has been still for
 * SPLAT_UPDATES.settleMs after a frame that skipped: that frame updates, so the resting view is right.
 * `afterSpark` runs after Spark's own preparation of each draw (the batched draw's instance count).
 */
function gateUpdatesWhileMoving(
  spark: SparkRenderer,
  requestFrame: () => void,
  onFrame: SplatFrameReport | undefined,
  afterSpark: (() => void) | null,
) {
  const gate = new UpdateGate();
  const seen = new Matrix4();
  let seenAny = false;
  let lastFrame = -1;
  let settle: ReturnType<typeof setTimeout> | undefined;
  let owed = false;
  const draw = spark.onBeforeRender.bind(spark);
  spark.onBeforeRender = (renderer, scene, camera) => {
    // Spark may be drawn more than once in a frame (other targets); the frame decides once.
    const frame = renderer.info.render.frame;
    if (frame !== lastFrame) {
      lastFrame = frame;
      const moved = seenAny && !seen.equals(camera.matrixWorld);
      seen.copy(camera.matrixWorld);
      seenAny = true;
      // A splat that switched level for this frame (coarse while moving) is gathered again at once.
      if (switchLevels(scene, moved)) owed = true;
      spark.autoUpdate = gate.frame(performance.now(), moved) || owed;
      clearTimeout(settle);
      if (!spark.autoUpdate) settle = setTimeout(requestFrame, SPLAT_UPDATES.settleMs);
    }
    const before = spark.current;
    draw(renderer, scene, camera);
    if (spark.current !== before) owed = false;
    afterSpark?.();
    onFrame?.({ current: spark.autoUpdate, updated: spark.current !== before });
  };
}

/** Tells every progressive splat in `scene` whether the view moves; true if any switched level. */
function switchLevels(scene: Object3D, moving: boolean): boolean {
  let switched = false;
  scene.traverse((node) => {
    if (node instanceof ProgressiveSplat && node.setMoving(moving)) switched = true;
  });
  return switched;
}
