/** Farther labels would crowd the view. */
export const MAX_LABEL_DISTANCE = 16;

/**
 * Where a label goes on screen, from its anchor projected to normalized device coordinates: a CSS
 * transform in whole pixels (so a label that has not moved is not rewritten) and a z-index that puts
 * nearer labels on top; null when it is behind the visitor, off screen or too far.
 */
export function labelPlacement(
  ndc: { x: number; y: number; z: number },
  distance: number,
  size: { width: number; height: number },
): { transform: string; zIndex: string } | null {
  const visible = ndc.z < 1 && Math.abs(ndc.x) < 1.1 && Math.abs(ndc.y) < 1.1 && distance < MAX_LABEL_DISTANCE;
  if (!visible) return null;
  const x = Math.round(((ndc.x + 1) / 2) * size.width);
  const y = Math.round(((1 - ndc.y) / 2) * size.height);
  return {
    transform: `translate(${x}px, ${y}px) translate(-50%, -50%)`,
    zIndex: String(Math.round(1000 - distance * 10)),
  };
}
