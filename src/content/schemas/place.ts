import { z } from 'zod';
import { coordinatesSchema, httpsUrlSchema, idSchema, isoDateSchema, publicPathSchema } from './common.ts';
import { openingHoursSchema } from './opening-hours.ts';
import { PLACE_STATUSES } from './place-status.ts';

export const placeBaseSchema = z.strictObject({
  category: idSchema,
  coordinates: coordinatesSchema,
  phone: z
    .string()
    .regex(/^\+?[0-9 ().-]{6,20}$/, { error: 'expected a phone number such as "+84 203 3825 031"' })
    .optional(),
  website: httpsUrlSchema.optional(),
  openingHours: openingHoursSchema.optional(),
  priceLevel: z
    .number({ error: 'expected a price level from 1 (cheap) to 4 (expensive)' })
    .int()
    .min(1)
    .max(4)
    .optional(),
  tags: z.array(idSchema).default([]),
  photo: publicPathSchema.optional(),
  verifiedBy: idSchema,
  verifiedOn: isoDateSchema,
  status: z.enum(PLACE_STATUSES, { error: `expected one of ${PLACE_STATUSES.join(', ')}` }).default('open'),
});

export const placeTranslationSchema = z.strictObject({
  name: z.string({ error: 'expected the place name' }).min(1).max(120),
  summary: z.string().min(1).max(300).optional(),
  address: z.string().min(1).optional(),
  photoAlt: z.string().min(1).optional(),
  statusNote: z.string().min(1).optional(),
});

export type PlaceBase = z.infer<typeof placeBaseSchema>;
export type PlaceTranslation = z.infer<typeof placeTranslationSchema>;
export { PLACE_STATUSES, type PlaceStatus } from './place-status.ts';
