import { z } from 'zod';

/*
 * How the build turns an uploaded splat capture before making its levels: the editor's fields beside
 * `splatCapture`, and the options of `npm run splats:import` (--crop, --rotate, --scale), checked by
 * the same schemas. All in the capture's own axes, as the exhibit page draws it (y up for the
 * capture tools that write y up; many write y down: turn it with 180 degrees about x).
 */

// zod's number refuses NaN and ±Infinity (YAML's .nan and .inf), so every value here is finite.
const metres = (what: string) => z.number({ error: `expected ${what} in metres, a number such as -0.5` });

const AXES = ['X', 'Y', 'Z'] as const;

/**
 * Keep only the splats inside this box, in metres, after turning and resizing (--crop minX,…,maxZ). Each
 * minimum must lie below its maximum: an empty box would leave nothing to show.
 */
export const splatCropSchema = z
  .strictObject({
    minX: metres('the box’s smallest x'),
    minY: metres('the box’s smallest y (its floor)'),
    minZ: metres('the box’s smallest z'),
    maxX: metres('the box’s largest x'),
    maxY: metres('the box’s largest y (its top)'),
    maxZ: metres('the box’s largest z'),
  })
  .superRefine((box, context) => {
    for (const axis of AXES) {
      const min = box[`min${axis}`];
      const max = box[`max${axis}`];
      if (min < max) continue;
      context.addIssue({
        code: 'custom',
        path: [`max${axis}`],
        input: max,
        message: `expected max${axis} above min${axis} (${min}): the box keeps what lies between them`,
      });
    }
  });

const degrees = (axis: string) =>
  z
    .number({ error: `expected the turn about ${axis} in degrees, from -360 to 360 (0: not turned)` })
    .min(-360, { error: `expected the turn about ${axis} in degrees, from -360 to 360` })
    .max(360, { error: `expected the turn about ${axis} in degrees, from -360 to 360` });

/** Turn the capture first: degrees about x, y and z, as `--rotate x,y,z` takes them (splat-transform's Euler angles). */
export const splatRotateSchema = z.strictObject({ x: degrees('x'), y: degrees('y'), z: degrees('z') });

/** The bounds a form can show as well (Decap's number widget takes an inclusive min and max). */
export const SPLAT_SCALE_LIMITS = { min: 0.0001, max: 10_000 } as const;
const scaleExpected = `expected a factor above 0 (from ${SPLAT_SCALE_LIMITS.min} to ${SPLAT_SCALE_LIMITS.max}): 0.001 for a capture written in millimetres, 1 to keep its size`;

/** Resize the capture by this factor, after turning it (--scale f). */
export const splatScaleSchema = z
  .number({ error: scaleExpected })
  .min(SPLAT_SCALE_LIMITS.min, { error: scaleExpected })
  .max(SPLAT_SCALE_LIMITS.max, { error: scaleExpected });

export type SplatCrop = z.infer<typeof splatCropSchema>;
export type SplatRotate = z.infer<typeof splatRotateSchema>;
