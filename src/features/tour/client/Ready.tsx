import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';

/**
 * Mounted inside the Suspense boundary, so it runs once the room has loaded (each exhibit's model has
 * its own boundary and appears when it arrives; `data-models-loaded` counts them): it announces
 * "ready" after the first full frame and keeps the renderer's counts on the canvas root, where a test
 * (or a curious developer) can read them.
 */
export function Ready({ onReady }: { onReady: () => void }) {
  const { gl, invalidate } = useThree();
  const announced = useRef(false);
  const frames = useRef(0);
  useEffect(() => invalidate(), [invalidate]);
  useFrame(() => {
    frames.current++;
    const root = gl.domElement.closest<HTMLElement>('[data-tour-root]');
    if (root) {
      // Read in the next frame: these are the counts of the frame just drawn.
      root.dataset.frames = String(frames.current);
      root.dataset.drawCalls = String(gl.info.render.calls);
      root.dataset.triangles = String(gl.info.render.triangles);
    }
    if (!announced.current && frames.current > 1) {
      announced.current = true;
      onReady();
    }
    if (frames.current < 3) invalidate();
  });
  return null;
}
