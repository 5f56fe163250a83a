/** What one level of detail may hold; the importer simplifies and shrinks until a level fits. */
export interface LevelBudget {
  name: 'first' | 'detailed';
  /** Suffix of the written file: `{id}.light.glb` for the first level, `{id}.glb` for the detailed. */
  suffix: '.light.glb' | '.glb';
  triangles: number;
  textureEdge: number;
  bytes: number;
}

/**
 * The first level is what a phone fetches first (viewer) and what the tour draws from afar. The
 * detailed level could hold 500k triangles (issue 16), but the tour swaps it in as the visitor
 * approaches and keeps 300k triangles in view for the room, the neighbours and this object: so 250k.
 */
export const LEVELS: readonly LevelBudget[] = [
  { name: 'first', suffix: '.light.glb', triangles: 50_000, textureEdge: 512, bytes: 300 * 1024 },
  { name: 'detailed', suffix: '.glb', triangles: 250_000, textureEdge: 2048, bytes: 4 * 1024 * 1024 },
];

/** Beyond these a file is refused before it is parsed: no capture of one object needs more. */
export const SOURCE_LIMITS = {
  bytes: 1024 * 1024 * 1024,
  triangles: 20_000_000,
  vertices: 20_000_000,
  textureEdge: 16_384,
};

/** Triangles to aim for at a level, given the source's: never more than the source has. */
export function targetTriangles(source: number, budget: number, attempt: number): number {
  return Math.min(source, Math.floor(budget * 0.92 * 0.7 ** attempt));
}
