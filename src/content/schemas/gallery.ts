import { z } from 'zod';
import { idSchema, publicPathSchema, TEXT_LIMITS, textSchema } from './common.ts';
import { photosSchema } from './photo.ts';

/** A floor or room of a museum. */
export const galleryBaseSchema = z.strictObject({
  museum: idSchema,
  order: z.number({ error: 'expected a number giving the gallery order in the museum' }).int().min(0),
  floor: z.number().int().optional(),
  scene: idSchema.optional(),
  image: publicPathSchema.optional(),
  photos: photosSchema,
});

export const galleryTranslationSchema = z.strictObject({
  title: textSchema('the gallery title', TEXT_LIMITS.title),
  summary: textSchema('a one-sentence summary', TEXT_LIMITS.summary).optional(),
  imageAlt: textSchema('a text alternative describing the image', TEXT_LIMITS.alt).optional(),
});

export type GalleryBase = z.infer<typeof galleryBaseSchema>;
export type GalleryTranslation = z.infer<typeof galleryTranslationSchema>;
