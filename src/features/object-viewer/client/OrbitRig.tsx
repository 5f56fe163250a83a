import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { Box3, type PerspectiveCamera, Sphere, Spherical, Vector3 } from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import { applyStep, fitDistance, orbitStep } from './orbit-keys.ts';
import type { ViewerHandle } from './ViewerScene.tsx';

/**
 * Orbit, zoom and pan with three's OrbitControls (pointer, wheel, pinch), the arrow keys and + − 0 on
 * the focused canvas, and the page's buttons. Frames the model when it first appears; "reset" comes
 * back to that view. Reduced motion: no inertia after a drag.
 */
export function OrbitRig({ handle, reducedMotion }: { handle: ViewerHandle; reducedMotion: boolean }) {
  const { camera, gl, scene, size, invalidate } = useThree();
  const controls = useMemo(() => new OrbitControls(camera, gl.domElement), [camera, gl]);
  const spherical = useMemo(() => new Spherical(), []);
  const offset = useMemo(() => new Vector3(), []);

  // Framed once, when the first level appears: a resize or the detailed level keeps the visitor's view.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per controls on purpose (see above).
  useEffect(() => {
    const onChange = () => invalidate();
    controls.enableDamping = !reducedMotion;
    controls.addEventListener('change', onChange);
    const model = scene.getObjectByName('exhibit-model');
    const sphere = model
      ? new Box3().setFromObject(model).getBoundingSphere(new Sphere())
      : new Sphere(new Vector3(), 0.5);
    const perspective = camera as PerspectiveCamera;
    const distance = fitDistance(sphere.radius, perspective.fov, size.width / Math.max(1, size.height));
    controls.target.copy(sphere.center);
    camera.position.copy(sphere.center).add(new Vector3(0, 0.35, 1).normalize().multiplyScalar(distance));
    perspective.near = distance / 100;
    perspective.far = distance * 20;
    perspective.updateProjectionMatrix();
    controls.minDistance = sphere.radius * 0.6;
    controls.maxDistance = distance * 4;
    controls.update();
    controls.saveState();
    invalidate();
    handle.press = (key) => {
      const step = orbitStep(key);
      if (!step) return false;
      if (step === 'reset') controls.reset();
      else {
        spherical.setFromVector3(offset.copy(camera.position).sub(controls.target));
        const next = applyStep(spherical, step, { minRadius: controls.minDistance, maxRadius: controls.maxDistance });
        spherical.set(next.radius, next.phi, next.theta);
        camera.position.copy(controls.target).add(offset.setFromSpherical(spherical));
        controls.update();
      }
      invalidate();
      return true;
    };
    return () => {
      controls.removeEventListener('change', onChange);
      controls.dispose();
    };
  }, [controls]);

  // With inertia, keep drawing while the view still glides.
  useFrame(() => {
    if (controls.enableDamping && controls.update()) invalidate();
  });
  return null;
}
