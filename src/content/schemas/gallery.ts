import { z } from 'zod';
import { idSchema, publicPathSchema } from './common.ts';

/** A floor or room of a museum. */
export const galleryBaseSchema = z.strictObject({
  museum: idSchema,
  order: z.number({ error: 'expected a number giving the gallery order in the museum' }).int().min(0),
  floor: z.number().int().optional(),
  scene: idSchema.optional(),
  image: publicPathSchema.optional(),
});

export const galleryTranslationSchema = z.strictObject({
  title: z.string({ error: 'expected the gallery title' }).min(1),
  summary: z.string().min(1).max(300).optional(),
  imageAlt: z.string().min(1).optional(),
});

export type GalleryBase = z.infer<typeof galleryBaseSchema>;
export type GalleryTranslation = z.infer<typeof galleryTranslationSchema>;
