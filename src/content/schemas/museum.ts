import { z } from 'zod';
import {
  coordinatesSchema,
  idSchema,
  httpsUrlSchema,
  phoneSchema,
  publicPathSchema,
  TEXT_LIMITS,
  textSchema,
} from './common.ts';
import { photosSchema } from './photo.ts';
import { openingHoursSchema } from './opening-hours.ts';

export const ADMISSION_AUDIENCES = ['adult', 'student', 'child', 'senior', 'group', 'free'] as const;

/** Fields a museum has once, whatever the language: written in the default language's file. */
export const museumBaseSchema = z.strictObject({
  /** The destination a museum is in: the id of a file in content/destinations/. */
  destination: idSchema,
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
  phone: phoneSchema.optional(),
  website: httpsUrlSchema.optional(),
  image: publicPathSchema.optional(),
  photos: photosSchema,
});

/** Fields written once per language. */
export const museumTranslationSchema = z.strictObject({
  name: textSchema('the museum name', TEXT_LIMITS.title),
  address: textSchema('the address', TEXT_LIMITS.address).optional(),
  summary: textSchema('a one-sentence summary', TEXT_LIMITS.summary).optional(),
  imageAlt: textSchema('a text alternative describing the image', TEXT_LIMITS.alt).optional(),
});

export type MuseumBase = z.infer<typeof museumBaseSchema>;
export type MuseumTranslation = z.infer<typeof museumTranslationSchema>;
