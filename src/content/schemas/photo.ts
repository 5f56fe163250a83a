import { z } from 'zod';
import { TEXT_LIMITS, textSchema } from './common.ts';
import { languageSchema } from './language.ts';

/**
 * Formats a museum's photographs arrive in. HEIC/HEIF is accepted only where the image library can
 * decode it (the build says what to convert to otherwise); the originals never reach the built site.
 */
export const PHOTO_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'avif', 'tif', 'tiff', 'heic', 'heif'] as const;

/**
 * An original photograph under content/media/, named relative to content/, e.g.
 * "media/exhibits/bronze-drum/front.jpg". Kept out of public/ so the 24-megapixel file is never served;
 * the build makes the sizes a phone needs from it.
 */
export const mediaPathSchema = z
  .string({ error: 'expected a photo under content/media/, e.g. "media/exhibits/bronze-drum/front.jpg"' })
  .regex(/^media\/[A-Za-z0-9_-][A-Za-z0-9._\-/]*$/, {
    error:
      'expected a path under content/media/ starting with "media/" (letters, digits, dots, dashes), e.g. "media/exhibits/bronze-drum/front.jpg"',
  })
  .regex(/^(?!.*\.\.)(?!.*\/\/)/, { error: 'expected a path without ".." or "//"' })
  .regex(new RegExp(`\\.(?:${PHOTO_EXTENSIONS.join('|')})$`, 'i'), {
    error: `expected a photograph ending in .${PHOTO_EXTENSIONS.join(', .')}`,
  })
  .max(200, { error: 'expected a path of at most 200 characters' });

/** What the picture is: a generated render is labelled as one on the page, so no visitor takes it for a photo. */
export const PHOTO_KINDS = ['photograph', 'render', 'illustration'] as const;

export const photoSchema = z.strictObject({
  src: mediaPathSchema,
  kind: z.enum(PHOTO_KINDS, { error: `expected one of: ${PHOTO_KINDS.join(', ')}` }).default('photograph'),
  /** What a screen reader reads, per language; a language without one falls back to another's. */
  alt: z.record(languageSchema, textSchema('a text alternative describing the photo', TEXT_LIMITS.alt)),
  /** Who took or made it, shown small under the photo. */
  credit: textSchema('the credit line, e.g. "Photo: Nguyễn Văn An"', TEXT_LIMITS.phrase).optional(),
});

/** Several photographs, the first shown large (the hero). */
export const photosSchema = z.array(photoSchema).max(24, { error: 'expected at most 24 photographs' }).default([]);

export type Photo = z.infer<typeof photoSchema>;
export type PhotoKind = (typeof PHOTO_KINDS)[number];
