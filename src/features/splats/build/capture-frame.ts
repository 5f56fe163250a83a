import type { SplatCrop, SplatRotate } from '../../../content/schemas/splat-capture.ts';

/** How a capture is turned, resized and cropped on import, in the capture's own axes (metres, degrees). */
export interface CapturePlacement {
  /** Keep only splats inside [minX, minY, minZ, maxX, maxY, maxZ], after rotation and scaling. */
  crop?: readonly [number, number, number, number, number, number] | undefined;
  /** Euler angles in degrees about x, y and z, applied first. */
  rotate?: readonly [number, number, number] | undefined;
  scale?: number | undefined;
}

/** The editor's fields beside `splatCapture` (src/content/schemas/splat-capture.ts). */
export interface CaptureFields {
  splatCrop?: SplatCrop | undefined;
  splatRotate?: SplatRotate | undefined;
  splatScale?: number | undefined;
}

/** The editor's fields as the importer (and `--crop`, `--rotate`, `--scale`) take them. */
export function capturePlacement(fields: CaptureFields): CapturePlacement {
  const { splatCrop: c, splatRotate: r, splatScale } = fields;
  return {
    ...(r ? { rotate: [r.x, r.y, r.z] as const } : {}),
    ...(splatScale !== undefined ? { scale: splatScale } : {}),
    ...(c ? { crop: [c.minX, c.minY, c.minZ, c.maxX, c.maxY, c.maxZ] as const } : {}),
  };
}

/**
 * The converter's actions for a placement, in the order the CLI documents: turn, resize, crop.
 *
 * splat-transform reads every splat format into PlayCanvas's frame, turned 180° about z from the file
 * (its `Transform.PLY`: x and y negated), applies `-r` and `-B` there, and writes the file's frame back.
 * The site draws the file's own axes (Spark), and so do the capture tools, so a box or turn given as
 * the expert sees the capture is mapped into the converter's frame: x and y of the box negated (and
 * each min and max swapped), turns about x and y reversed. Without this `--crop -1,0,-1,1,0.4,1` kept
 * the half of a jar below its foot, i.e. nothing.
 */
export function converterActions(placement: CapturePlacement): string[] {
  const actions: string[] = [];
  const flip = (n: number) => (n === 0 ? 0 : -n);
  if (placement.rotate) {
    const [x, y, z] = placement.rotate;
    actions.push('-r', [flip(x), flip(y), z].join(','));
  }
  if (placement.scale !== undefined) actions.push('-s', String(placement.scale));
  if (placement.crop) {
    const [minX, minY, minZ, maxX, maxY, maxZ] = placement.crop;
    actions.push('-B', [flip(maxX), flip(maxY), minZ, flip(minX), flip(minY), maxZ].join(','));
  }
  return actions;
}
