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
 * should. Each level shown is counted on the tour root (data-splat-levels) for tests and the bench.
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
        const spark = createSparkRenderer(gl, invalidate);
        spark.name = 'spark-renderer';
        scene.add(spark);
      }
      const progressive = new ProgressiveSplat(splatLoadOrder(splat, phone), {
        onLevel: () => {
          invalidate();
          if (root) root.dataset.splatLevels = String(Number(root.dataset.splatLevels ?? 0) + 1);
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
