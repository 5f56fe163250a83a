import { useFrame, useLoader, useThree } from '@react-three/fiber';
import { useEffect, useRef, useState } from 'react';
import type { Object3D } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import type { ModelLoaderProps } from './ExhibitModel.tsx';

const withMeshopt = (loader: GLTFLoader) => {
  loader.setMeshoptDecoder(MeshoptDecoder);
};

/**
 * A meshopt + WebP glTF at two levels: the first suspends the scene until it is parsed; the detailed
 * one is fetched after the first is drawn and swapped in when it has arrived (visible toggled, nothing
 * remounted). Announces each level after the frame that shows it.
 */
export function MeshLevels({ levels, onLevel }: ModelLoaderProps) {
  const first = useLoader(GLTFLoader, levels.first, withMeshopt);
  const [detailed, setDetailed] = useState<Object3D | null>(null);
  const { gl, invalidate } = useThree();
  const shown = useRef<{ level: 'first' | 'detailed'; frames: number; announced: boolean }>({
    level: 'first',
    frames: 0,
    announced: false,
  });
  const firstDrawn = useRef(false);

  useEffect(() => {
    shown.current = { level: detailed ? 'detailed' : 'first', frames: 0, announced: false };
    invalidate();
  }, [detailed, invalidate]);

  useFrame(() => {
    const now = shown.current;
    now.frames++;
    const root = gl.domElement.closest<HTMLElement>('object-viewer');
    if (root) {
      root.dataset.drawCalls = String(gl.info.render.calls);
      root.dataset.triangles = String(gl.info.render.triangles);
    }
    if (now.announced) return;
    if (now.frames < 2) {
      invalidate();
      return;
    }
    now.announced = true;
    onLevel(now.level);
    if (now.level === 'first' && !firstDrawn.current && levels.detailed) {
      firstDrawn.current = true;
      const loader = new GLTFLoader();
      withMeshopt(loader);
      loader.load(
        levels.detailed,
        (gltf) => setDetailed(gltf.scene),
        undefined,
        () => {
          // The first level stays: a detail that fails to arrive is not worth an error on screen.
        },
      );
    }
  });

  return (
    <group name="exhibit-model">
      <primitive object={first.scene} visible={!detailed} />
      {detailed && <primitive object={detailed} />}
    </group>
  );
}
