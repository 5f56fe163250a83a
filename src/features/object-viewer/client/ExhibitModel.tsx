import type { ComponentType } from 'react';
import type { ModelLevels } from '../levels.ts';
import { MeshLevels } from './MeshLevels.tsx';

/** What a loader of one kind of model is given; it draws the first level, then the detailed one. */
export interface ModelLoaderProps {
  levels: ModelLevels;
  /** Called once a level has been drawn (after its first full frame). */
  onLevel: (level: 'first' | 'detailed') => void;
}

/**
 * One loader per kind of model, so another kind (Gaussian splats) plugs in with its own component and
 * the viewer and the tour stay as they are. Each loader suspends until its first level is ready and
 * names its root object "exhibit-model" so the orbit can frame it.
 */
export const modelLoaders: Record<ModelLevels['kind'], ComponentType<ModelLoaderProps>> = {
  mesh: MeshLevels,
};

export function ExhibitModel({ levels, onLevel }: ModelLoaderProps) {
  const Loader = modelLoaders[levels.kind];
  return <Loader levels={levels} onLevel={onLevel} />;
}
