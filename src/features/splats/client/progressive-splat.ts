import { SparkRenderer, SplatMesh } from '@sparkjsdev/spark';
import { Box3, Group, type WebGLRenderer } from 'three';
import type { SplatLevel } from '../../../content/schemas/splat.ts';

export interface ProgressiveSplatEvents {
  /** A level is loaded and in the scene (index 0 is the coarse level). */
  onLevel?: (level: SplatLevel, index: number) => void;
  onError?: (error: unknown) => void;
}

/**
 * A splat drawn from its levels in order: the coarse level is in the scene as soon as it decodes,
 * and each finer level replaces it once loaded, so the visitor looks at the object while the detail
 * streams in. Spark decodes in a worker, off the main thread.
 */
export class ProgressiveSplat extends Group {
  private disposed = false;
  private shown: SplatMesh | undefined;

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
        if (this.shown) {
          this.remove(this.shown);
          this.shown.dispose();
        }
        this.shown = mesh;
        events.onLevel?.(level, index);
      } catch (error) {
        // A finer level that fails leaves the coarser one on screen.
        events.onError?.(error);
        return;
      }
    }
  }

  /** The splats' extent in this group's space (centres only: a stray wide splat should not zoom the view out). */
  bounds(): Box3 {
    return this.shown ? this.shown.getBoundingBox(true) : new Box3();
  }

  override dispose() {
    this.disposed = true;
    this.shown?.dispose();
  }
}

/**
 * The one SparkRenderer a scene needs: it gathers every splat in the scene and draws them sorted,
 * after the opaque meshes and against their depth, so a splat stands correctly behind a plinth.
 */
export function createSparkRenderer(renderer: WebGLRenderer, onDirty: () => void): SparkRenderer {
  // LoD is ours (levels as files), not Spark's on-the-fly tree; onDirty asks for a frame when a sort
  // finishes, since the views draw on demand.
  return new SparkRenderer({ renderer, onDirty, enableLod: false });
}
