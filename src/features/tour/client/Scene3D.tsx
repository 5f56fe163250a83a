import type { ThreeEvent } from '@react-three/fiber';
import { Suspense } from 'react';
import { resolveMove, WALKER_RADIUS } from '../../../content/scenes/geometry.ts';
import type { TourData } from '../../../content/scenes/tour-data.ts';
import { type TourController, glideTo } from './controller.ts';
import { Exhibits } from './Exhibits.tsx';
import { LabelTracker } from './LabelTracker.tsx';
import { Ready } from './Ready.tsx';
import { Room } from './Room.tsx';
import { TourSplat } from './TourSplat.tsx';
import { Walker } from './Walker.tsx';

export interface Scene3DProps {
  data: TourData;
  controller: TourController;
  reducedMotion: boolean;
  onReady: () => void;
  /** The pixel ratio of a still view; frames drawn while moving adapt to the device (see motion-scale.ts). */
  dpr: number;
}

/** The gallery: lights, room, exhibits, the walker and the labels' tracker. */
export function Scene3D({ data, controller, reducedMotion, onReady, dpr }: Scene3DProps) {
  const walkTo = (e: ThreeEvent<MouseEvent>) => {
    if (e.delta > 6) return; // a drag to look, not a tap
    e.stopPropagation();
    const { pose } = controller;
    const [x, z] = resolveMove(data.scene, [pose.x, pose.z], [e.point.x, e.point.z], WALKER_RADIUS);
    glideTo(controller, { ...pose, x, z });
  };
  return (
    <>
      <color attach="background" args={['#08090a']} />
      {data.scene.lights.map((light, i) => {
        const key = `${light.type}-${i}`;
        if (light.type === 'ambient') return <ambientLight key={key} color={light.color} intensity={light.intensity} />;
        if (light.type === 'hemisphere')
          return <hemisphereLight key={key} color={light.color} intensity={light.intensity} />;
        if (light.type === 'directional')
          return (
            <directionalLight key={key} color={light.color} intensity={light.intensity} position={light.position} />
          );
        return (
          <pointLight
            key={key}
            color={light.color}
            intensity={light.intensity}
            position={light.position}
            distance={20}
            decay={1.5}
          />
        );
      })}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a three.js group, not a DOM element; keyboard walking and the exhibit list cover what tapping the floor does. */}
      <group onClick={walkTo}>
        <Room scene={data.scene} />
      </group>
      <Suspense fallback={null}>
        <Exhibits data={data} controller={controller} />
        <Ready onReady={onReady} />
      </Suspense>
      {data.scene.splats.map((room) => (
        <group
          key={room.splat.coarse.src}
          position={room.position}
          rotation={[0, (room.rotation * Math.PI) / 180, 0]}
          scale={room.scale}
        >
          <TourSplat splat={room.splat} />
        </group>
      ))}
      <Walker scene={data.scene} controller={controller} reducedMotion={reducedMotion} dpr={dpr} />
      <LabelTracker data={data} controller={controller} />
    </>
  );
}
