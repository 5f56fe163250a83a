import { useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import type { Group } from 'three';
import type { Splat } from '../../../content/schemas/splat.ts';
import { loadProgressiveSplat, looksLikePhone, splatLoadOrder } from '../../splats/index.ts';

export interface TourSplatProps {
  splat: Splat;
}

/**
 * A Gaussian splat in the gallery, beside the meshes: Spark (its own chunk) loads only when a scene has
 * one, the coarse level shows first and the device's level replaces it. One SparkRenderer per scene
 * draws every splat after the opaque meshes, against their depth, so plinths and walls hide what they
 * should. Each level shown is counted on the tour root (data-splat-levels) for tests and the bench,
 * and so is each time the splats are brought up to date with the view (data-splat-updates, not on
 * every moving frame: see update-gate.ts); data-splat-view says whether the last frame's splats were
 * up to date with its view ("current") or a few frames behind while the visitor moved ("moving").
 */
export function TourSplat({ splat }: TourSplatProps) {
  const { gl, scene, invalidate } = useThree();
  const group = useRef<Group>(null);
  useEffect(() => {
    let disposed = false;
    let shown: { dispose(): void } | undefined;
    const root = gl.domElement.closest<HTMLElement>('[data-tour-root]');
    const phone = looksLikePhone({
      coarsePointer: matchMedia('(pointer: coarse)').matches,
      screenWidth: screen.width,
      deviceMemoryGb: (navigator as { deviceMemory?: number }).deviceMemory,
    });
    void loadProgressiveSplat().then(({ ProgressiveSplat, createSparkRenderer }) => {
      if (disposed) return;
      if (!scene.getObjectByName('spark-renderer')) {
        const spark = createSparkRenderer(gl, invalidate, (frame) => reportFrame(root, frame));
        spark.name = 'spark-renderer';
        scene.add(spark);
      }
      const progressive = new ProgressiveSplat(splatLoadOrder(splat, phone), {
        onLevel: () => {
          invalidate();
          count(root, 'splatLevels');
        },
      });
      shown = progressive;
      group.current?.add(progressive);
    });
    return () => {
      disposed = true;
      shown?.dispose();
    };
  }, [gl, scene, invalidate, splat]);
  return <group ref={group} />;
}

function count(root: HTMLElement | null, key: 'splatLevels' | 'splatUpdates') {
  if (root) root.dataset[key] = String(Number(root.dataset[key] ?? 0) + 1);
}

function reportFrame(root: HTMLElement | null, { current, updated }: { current: boolean; updated: boolean }) {
  if (updated) count(root, 'splatUpdates');
  const view = current ? 'current' : 'moving';
  if (root && root.dataset.splatView !== view) root.dataset.splatView = view;
}
