import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { resolveMove, WALKER_RADIUS } from '../../../content/scenes/geometry.ts';
import type { Scene } from '../../../content/schemas/scene.ts';
import type { TourController } from './controller.ts';
import { MotionScale } from './motion-scale.ts';
import { blend, WALK_SPEED } from './pose.ts';

export interface WalkerProps {
  scene: Scene;
  controller: TourController;
  reducedMotion: boolean;
  /** The pixel ratio of a still view; moving frames may use less (see motion-scale.ts). */
  dpr: number;
}

const KEYS: Record<string, [number, number]> = {
  KeyW: [1, 0],
  ArrowUp: [1, 0],
  KeyS: [-1, 0],
  ArrowDown: [-1, 0],
  KeyA: [0, -1],
  KeyD: [0, 1],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/**
 * Moves the camera: keys, the joystick and glides, with walls, plinths and vitrines in the way. Frames
 * are drawn only while something moves (frameloop "demand"): each moving frame asks for the next.
 */
export function Walker({ scene, controller, reducedMotion, dpr }: WalkerProps) {
  const { camera, invalidate, gl } = useThree();
  const held = useRef(new Set<string>());
  const motion = useRef(new MotionScale());
  const wasMoving = useRef(false);
  const looked = useRef(false);
  const sharpen = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(sharpen.current), []);

  useEffect(() => {
    const target = gl.domElement;
    const down = (e: KeyboardEvent) => {
      if (!(e.code in KEYS) || !target.closest('[data-tour-root]')?.contains(document.activeElement)) return;
      e.preventDefault();
      held.current.add(e.code);
      invalidate();
    };
    const up = (e: KeyboardEvent) => held.current.delete(e.code);
    const look = (e: PointerEvent) => {
      const locked = document.pointerLockElement === target;
      // Drag to look (mouse or finger); with the pointer locked (double click), the mouse alone looks.
      if (!locked && !(e.buttons > 0 && e.target === target)) return;
      const { pose } = controller;
      pose.yaw -= e.movementX * (locked ? 0.0025 : 0.005);
      pose.pitch = Math.max(-1.2, Math.min(1.2, pose.pitch - e.movementY * (locked ? 0.0025 : 0.005)));
      looked.current = true;
      invalidate();
    };
    const lock = (e: PointerEvent) => {
      if (e.pointerType === 'mouse' && e.detail > 1) void target.requestPointerLock?.();
    };
    addEventListener('keydown', down);
    addEventListener('keyup', up);
    addEventListener('pointermove', look);
    target.addEventListener('pointerdown', lock);
    return () => {
      removeEventListener('keydown', down);
      removeEventListener('keyup', up);
      removeEventListener('pointermove', look);
      target.removeEventListener('pointerdown', lock);
    };
  }, [gl, invalidate, controller]);

  useFrame((state, delta) => {
    const p = controller.pose;
    const step = Math.min(delta, 0.1);
    let moving = false;
    const g = controller.glide;
    if (g) {
      g.t = reducedMotion ? 1 : Math.min(1, g.t + step / 1.2);
      Object.assign(p, blend(g.from, g.to, g.t));
      if (g.t >= 1) controller.glide = null;
      moving = true;
    } else {
      let forward = controller.stick.y;
      let side = controller.stick.x;
      for (const code of held.current) {
        forward += KEYS[code]?.[0] ?? 0;
        side += KEYS[code]?.[1] ?? 0;
      }
      if (forward !== 0 || side !== 0) {
        const length = Math.max(1, Math.hypot(forward, side));
        const dist = (WALK_SPEED * step) / length;
        const dx = (-Math.sin(p.yaw) * forward + Math.cos(p.yaw) * side) * dist;
        const dz = (-Math.cos(p.yaw) * forward - Math.sin(p.yaw) * side) * dist;
        [p.x, p.z] = resolveMove(scene, [p.x, p.z], [p.x + dx, p.z + dz], WALKER_RADIUS);
        moving = true;
      }
    }
    camera.position.set(p.x, p.y, p.z);
    camera.rotation.set(p.pitch, p.yaw, 0, 'YXZ');
    // Moving frames may be drawn at a lower resolution on a slow device, the still view never. A moving
    // frame's time is the gap since the frame before; the first after a pause is not one.
    const inMotion = moving || looked.current;
    looked.current = false;
    const scale = inMotion ? (wasMoving.current ? motion.current.moved(delta * 1000) : motion.current.scale) : 1;
    wasMoving.current = inMotion;
    if (state.viewport.dpr !== dpr * scale) state.setDpr(dpr * scale);
    // Dragging to look asks for no frame after the last move: this one draws the still view sharp.
    clearTimeout(sharpen.current);
    if (scale < 1) sharpen.current = setTimeout(() => state.invalidate(), 150);
    controller.onFrame(p, moving);
    if (moving || held.current.size > 0 || controller.stick.x !== 0 || controller.stick.y !== 0) state.invalidate();
  });
  return null;
}
