import { useFrame, useLoader, useThree } from '@react-three/fiber';
import { Suspense, useEffect, useRef, useState } from 'react';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import type { TourData } from '../../../content/scenes/tour-data.ts';
import type { TourController } from './controller.ts';
import { TourSplat } from './TourSplat.tsx';
import { detailWanted } from './detail-distance.ts';
import { surfaceLook } from './surface-look.ts';

export interface ExhibitsProps {
  data: TourData;
  controller: TourController;
}

/** Height of the object's base above the floor, by how it is shown. */
export const BASE_HEIGHT = { plinth: 0.9, vitrine: 0.9, wall: 0, floor: 0 } as const;
const DEG = Math.PI / 180;

/** Every placed exhibit: its plinth or vitrine and its model, at the level of detail its distance asks. */
export function Exhibits({ data, controller }: ExhibitsProps) {
  const m = data.scene.materials;
  // The light level of detail first; the detailed model when the visitor stops near it (and back to
  // the light one when they stop far from it), or once they open the exhibit's story.
  const [detailed, setDetailed] = useState<ReadonlySet<string>>(new Set());
  const [opened] = useState(() => new Set<string>());
  useEffect(() => {
    controller.showDetail = (id) => {
      opened.add(id);
      setDetailed((now) => (now.has(id) ? now : new Set([...now, id])));
    };
  }, [controller, opened]);
  // Levels change when the visitor pauses (no frame for 400 ms), never mid-walk: fetching, decoding
  // and uploading a detailed level inside the walk's frames made them stutter.
  const pause = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(pause.current), []);
  useFrame(({ camera }) => {
    const { x, z } = camera.position;
    clearTimeout(pause.current);
    pause.current = setTimeout(() => {
      setDetailed((now) => {
        const next = new Set(now);
        for (const p of data.placements) {
          if (!p.detail || opened.has(p.exhibit)) continue;
          const want = detailWanted(Math.hypot(p.position[0] - x, p.position[2] - z), now.has(p.exhibit));
          if (want) next.add(p.exhibit);
          else next.delete(p.exhibit);
        }
        // The same set when nothing crossed a threshold: React then skips the render.
        return next.size === now.size && [...next].every((id) => now.has(id)) ? now : next;
      });
    }, 400);
  });
  return (
    <group name="exhibits">
      {data.placements.map((p) => {
        const base = BASE_HEIGHT[p.mount];
        const [w, d] = p.footprint;
        return (
          <group key={p.exhibit} name={p.exhibit} position={p.position} rotation={[0, p.rotation * DEG, 0]}>
            {base > 0 && (
              <mesh position={[0, base / 2, 0]}>
                <boxGeometry args={[w * 0.8, base, d * 0.8]} />
                <meshPhongMaterial {...surfaceLook(m.plinth ?? {})} />
              </mesh>
            )}
            {p.mount === 'vitrine' && (
              <mesh position={[0, base + 0.55, 0]}>
                <boxGeometry args={[w * 0.8, 1.1, d * 0.8]} />
                <meshPhongMaterial
                  {...surfaceLook({ ...m.vitrine, roughness: 0.05, metalness: 0 })}
                  transparent
                  opacity={m.vitrine?.opacity ?? 0.15}
                  depthWrite={false}
                />
              </mesh>
            )}
            <group position={[0, base, 0]} scale={p.scale}>
              {/* A splat capture stands in for the modelled object. */}
              {p.splat && <TourSplat splat={p.splat} />}
              {p.model && !p.splat && (
                <Suspense fallback={null}>
                  {p.detail && detailed.has(p.exhibit) ? (
                    <Suspense fallback={<Model url={p.model} />}>
                      <Model url={p.detail} />
                    </Suspense>
                  ) : (
                    <Model url={p.model} />
                  )}
                </Suspense>
              )}
            </group>
          </group>
        );
      })}
    </group>
  );
}

function Model({ url }: { url: string }) {
  // Meshopt-compressed glTF, decoded by three's own decoder bundled with the tour: nothing from a CDN.
  const gltf = useLoader(GLTFLoader, url, (loader) => loader.setMeshoptDecoder(MeshoptDecoder));
  const { gl, invalidate } = useThree();
  // Each model has its own Suspense boundary, so the room is walkable before every model is in (a
  // gallery of scans is a megabyte or more): the count lets a test wait for all of them, and the
  // second frame reports the renderer's counts with this model drawn (Ready reads them a frame late).
  useEffect(() => {
    const root = gl.domElement.closest<HTMLElement>('[data-tour-root]');
    if (root) root.dataset.modelsLoaded = String(Number(root.dataset.modelsLoaded ?? 0) + 1);
    invalidate(2);
  }, [gl, invalidate]);
  return <primitive object={gltf.scene} />;
}
