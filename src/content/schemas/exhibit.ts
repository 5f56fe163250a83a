import { z } from 'zod';
import { idSchema, publicPathSchema, sha256Schema, TEXT_LIMITS, textSchema, uploadedSourceSchema } from './common.ts';
import { photosSchema } from './photo.ts';
import { splatCropSchema, splatRotateSchema, splatScaleSchema } from './splat-capture.ts';
import { splatSchema } from './splat.ts';

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
  photos: photosSchema,
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
      /**
       * SHA-256 of the uploaded `scan` these levels were made from (with `scanUnits` and `scanUp`, when
       * given): the build imports it again when either changes.
       */
      sourceSha256: sha256Schema.optional(),
    })
    .optional(),
  /** A Gaussian splat capture of the object (npm run splats:import); shown instead of the model. */
  splat: splatSchema.optional(),
  /**
   * A scanned mesh uploaded in the editor, kept under content/media/scans/ and never published: the build
   * makes `model` from it (src/features/object-viewer/build/pending-scans.ts). One file: GLB or PLY, or a
   * zip holding an OBJ with its MTL and textures (or a glTF with its .bin and textures).
   */
  scan: uploadedSourceSchema(
    'scans',
    ['glb', 'ply', 'zip'],
    'a scanned mesh as GLB or PLY, or a .zip of an OBJ with its MTL and textures (or a glTF with its files)',
  ).optional(),
  /**
   * The unit the uploaded `scan` was written in, as `npm run models:import --units` takes it; left out,
   * the build chooses (glTF: metres; OBJ and PLY: the unit that fits the exhibit's `dimensions`).
   */
  scanUnits: z.enum(['mm', 'cm', 'm', 'in'], { error: 'expected "mm", "cm", "m" or "in"' }).optional(),
  /** Which axis is up in the uploaded `scan` (`--up`): "y" as glTF says (the default), "z" as many scanners write. */
  scanUp: z.enum(['y', 'z'], { error: 'expected "y" or "z"' }).optional(),
  /** A Gaussian splat capture uploaded in the editor, under content/media/splats/: the build makes `splat` from it. */
  splatCapture: uploadedSourceSchema(
    'splats',
    ['ply', 'spz', 'splat', 'sog'],
    'a splat capture as .ply, .spz, .splat or .sog',
  ).optional(),
  /**
   * How the build turns `splatCapture` before making its levels, as `npm run splats:import` takes them:
   * `--rotate` (degrees), then `--scale`, then `--crop` (a box in metres). Changing one imports it again.
   */
  splatRotate: splatRotateSchema.optional(),
  splatScale: splatScaleSchema.optional(),
  splatCrop: splatCropSchema.optional(),
  dimensions: textSchema('the dimensions, e.g. "h 63 cm, ⌀ 79 cm"', TEXT_LIMITS.phrase).optional(),
  related: z.array(idSchema).default([]),
});

/**
 * A museum's recording as uploaded (the master): kept under content/media/recordings/, never published;
 * `npm run narration:import` or the build makes the published files from it.
 */
export const recordingMasterSchema = z
  .string({ error: 'expected the uploaded recording, e.g. "/recordings/bach-dang-stakes.en.wav"' })
  .regex(/^\/recordings\/[\w.-]+\.(wav|flac|aif|aiff|mp3|m4a|aac|opus|ogg|oga|webm)$/i, {
    error: 'expected a recording under /recordings/ (WAV, FLAC, AIFF, MP3, M4A/AAC, Opus or OGG)',
  });

/** Narration audio for one language: Opus in WebM, with an MP3 fallback, and WebVTT captions. */
export const narrationAudioSchema = z.strictObject({
  opus: publicPathSchema.optional(),
  mp3: publicPathSchema.optional(),
  captions: publicPathSchema.optional(),
  /** Made by espeak-ng (false: a studio recording brought in with narration:import). */
  synthetic: z.boolean().default(false),
  master: recordingMasterSchema.optional(),
  /** Set by the importer when automatic alignment was unsure: the editor offers tap-to-sync. */
  captionsUnsure: z.boolean().optional(),
  /** Each sentence's start in seconds, tapped by a curator (tap-to-sync); the captions follow them. */
  sentenceStarts: z.array(z.number().min(0)).optional(),
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
