import { z } from 'zod';
import { coordinatesSchema, httpsUrlSchema, publicPathSchema } from './common.ts';
import { openingHoursSchema } from './opening-hours.ts';

export const ADMISSION_AUDIENCES = ['adult', 'student', 'child', 'senior', 'group', 'free'] as const;

/** Fields a museum has once, whatever the language: written in the default language's file. */
export const museumBaseSchema = z.strictObject({
  codePrefix: z
    .string({ error: 'expected the letters every label code of this museum starts with, e.g. "QN"' })
    .regex(/^[A-Z]{2,3}$/, { error: 'expected 2 or 3 capital letters, e.g. "QN"' }),
  coordinates: coordinatesSchema,
  openingHours: openingHoursSchema,
  admission: z
    .array(
      z.strictObject({
        audience: z.enum(ADMISSION_AUDIENCES, { error: `expected one of ${ADMISSION_AUDIENCES.join(', ')}` }),
        priceVnd: z.number().int().min(0),
      }),
    )
    .default([]),
  phone: z.string().optional(),
  website: httpsUrlSchema.optional(),
  image: publicPathSchema.optional(),
});

/** Fields written once per language. */
export const museumTranslationSchema = z.strictObject({
  name: z.string({ error: 'expected the museum name' }).min(1),
  address: z.string().min(1).optional(),
  summary: z.string({ error: 'expected a one-sentence summary' }).min(1).max(300).optional(),
  imageAlt: z.string().min(1).optional(),
});

export type MuseumBase = z.infer<typeof museumBaseSchema>;
export type MuseumTranslation = z.infer<typeof museumTranslationSchema>;
