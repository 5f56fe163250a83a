import { z } from 'zod';
import { idSchema, publicPathSchema, TEXT_LIMITS, textSchema } from './common.ts';

/**
 * The code printed on the label beside the QR code: the museum's prefix, a dash, 2–4 digits. Digits
 * only after the prefix, so it is typed on a phone's number pad.
 */
export const shortCodeSchema = z
  .string({ error: 'expected the label code, e.g. "QN-101"' })
  .regex(/^[A-Z]{2,3}-[0-9]{2,4}$/, {
    error:
      'expected the label code as 2–3 capital letters, a dash and 2–4 digits (at most 8 characters), e.g. "QN-101"',
  });

export const exhibitBaseSchema = z.strictObject({
  code: shortCodeSchema,
  gallery: idSchema,
  order: z.number({ error: 'expected a number giving the exhibit order in its gallery' }).int().min(0),
  nationalTreasure: z.boolean({ error: 'expected true or false' }).default(false),
  image: publicPathSchema,
  model: z
    .strictObject({
      src: publicPathSchema,
      light: publicPathSchema.optional(),
      /** What the levels hold; splats will join meshes here (the viewer picks its loader by kind). */
      kind: z.enum(['mesh'], { error: 'expected "mesh"' }).default('mesh'),
      /**
       * Where the model came from: "procedural" (built by npm run models:generate), "scan" (a museum's
       * capture, brought in by npm run models:import) or "generated-scan" (scan-like test material,
       * which the page labels as generated).
       */
      origin: z
        .enum(['procedural', 'scan', 'generated-scan'], { error: 'expected "procedural", "scan" or "generated-scan"' })
        .default('procedural'),
    })
    .optional(),
  dimensions: textSchema('the dimensions, e.g. "h 63 cm, ⌀ 79 cm"', TEXT_LIMITS.phrase).optional(),
  related: z.array(idSchema).default([]),
});

/** Narration audio for one language: Opus in WebM, with an MP3 fallback, and WebVTT captions. */
export const narrationAudioSchema = z.strictObject({
  opus: publicPathSchema.optional(),
  mp3: publicPathSchema.optional(),
  captions: publicPathSchema.optional(),
  synthetic: z.boolean().default(false),
});

export const exhibitTranslationSchema = z.strictObject({
  title: textSchema('the exhibit title', TEXT_LIMITS.title),
  summary: textSchema('a one-sentence summary', TEXT_LIMITS.summary).optional(),
  period: textSchema('the period', TEXT_LIMITS.phrase).optional(),
  materials: textSchema('the materials', TEXT_LIMITS.phrase).optional(),
  imageAlt: textSchema('a text alternative describing the image', TEXT_LIMITS.alt).optional(),
  audio: narrationAudioSchema.optional(),
});

export type ExhibitBase = z.infer<typeof exhibitBaseSchema>;
export type ExhibitTranslation = z.infer<typeof exhibitTranslationSchema>;
export type NarrationAudio = z.infer<typeof narrationAudioSchema>;
