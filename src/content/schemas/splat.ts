import { z } from 'zod';
import { publicPathSchema, sha256Schema } from './common.ts';

/**
 * A Gaussian splat as `npm run splats:import` writes it: levels of detail in .spz files, the coarse one
 * drawn first and the phone or desktop one streamed in after it (see docs/features.md, "Gaussian
 * splats"). Counts and sizes are recorded so a page can say how much an offline pack will hold and the
 * viewer can pick a level without fetching anything.
 */
const count = (what: string) =>
  z
    .number({ error: `expected ${what}, a whole number > 0` })
    .int({ error: `expected ${what}, a whole number > 0` })
    .positive({ error: `expected ${what}, a whole number > 0` });

export const splatLevelSchema = z.strictObject({
  src: publicPathSchema.regex(/\.spz$/, { error: 'expected a .spz file written by npm run splats:import' }),
  splats: count('the number of splats in the level'),
  bytes: count('the file size in bytes'),
});

export const splatSchema = z.strictObject({
  /** ≤ 20k splats: the first frame. */
  coarse: splatLevelSchema,
  /** ≤ 1M splats: what a phone shows once streamed. */
  phone: splatLevelSchema.optional(),
  /** ≤ 3M splats: what a desktop shows, when the capture has more than a phone's budget. */
  desktop: splatLevelSchema.optional(),
  /** Made by a program (test material), not captured from the object: the page says so. */
  generated: z.boolean({ error: 'expected true or false' }).default(false),
  /**
   * SHA-256 of the uploaded `splatCapture` these levels were made from (with `splatRotate`, `splatScale`
   * and `splatCrop`, when given): the build imports it again when any of them changes.
   */
  sourceSha256: sha256Schema.optional(),
});

export type SplatLevel = z.infer<typeof splatLevelSchema>;
export type Splat = z.infer<typeof splatSchema>;
