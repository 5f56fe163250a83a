import type { Exhibit } from '../../content/schemas/catalog.ts';

/** What the object viewer is given: the kind of model and its levels, first to load first. */
export interface ModelLevels {
  kind: 'mesh';
  /** Loaded as soon as the visitor asks: small (≤ 300 KB for a scan). */
  first: string;
  /** Streamed in after the first level is on screen; null when there is one level only. */
  detailed: string | null;
}

/** The exhibit's levels for the viewer, or null when it has no model. */
export function modelLevels(exhibit: Pick<Exhibit, 'model'>): ModelLevels | null {
  const model = exhibit.model;
  if (!model) return null;
  return {
    kind: model.kind,
    first: model.light ?? model.src,
    detailed: model.light ? model.src : null,
  };
}
