import { Component, type ReactNode, Suspense } from 'react';
import type { ModelLevels } from '../levels.ts';
import { ExhibitModel } from './ExhibitModel.tsx';
import { OrbitRig } from './OrbitRig.tsx';

/** What the page's buttons and the canvas's keys call: true when the key was one of the viewer's. */
export interface ViewerHandle {
  press: (key: string) => boolean;
}

export interface ViewerSceneProps {
  levels: ModelLevels;
  handle: ViewerHandle;
  reducedMotion: boolean;
  onLevel: (level: 'first' | 'detailed') => void;
  onError: () => void;
}

/** A neutral studio: soft light from above and a key light, the model, the orbit around it. */
export function ViewerScene({ levels, handle, reducedMotion, onLevel, onError }: ViewerSceneProps) {
  return (
    <>
      <color attach="background" args={['#1b1d20']} />
      <hemisphereLight args={['#ffffff', '#444444', 1.6]} />
      <directionalLight position={[2, 4, 3]} intensity={1.8} />
      <LoadFailure onError={onError}>
        <Suspense fallback={null}>
          <ExhibitModel levels={levels} onLevel={onLevel} />
          <OrbitRig handle={handle} reducedMotion={reducedMotion} />
        </Suspense>
      </LoadFailure>
    </>
  );
}

/** A model that cannot be fetched or parsed: the page says so instead of showing an empty box. */
class LoadFailure extends Component<{ onError: () => void; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch() {
    this.props.onError();
  }
  override render() {
    return this.state.failed ? null : this.props.children;
  }
}
