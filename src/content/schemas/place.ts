import { z } from 'zod';
import {
  coordinatesSchema,
  httpsUrlSchema,
  idSchema,
  isoDateSchema,
  phoneSchema,
  publicPathSchema,
  TEXT_LIMITS,
  textSchema,
} from './common.ts';
import { photosSchema } from './photo.ts';
import { openingHoursSchema } from './opening-hours.ts';
import { PLACE_STATUSES } from './place-status.ts';

/** A Wi-Fi hotspot's network, for places of the category `wifi` (or any place that offers one). */
export const wifiSchema = z.strictObject({
  network: z
    .string({ error: 'expected the network name (SSID) as the phone lists it' })
    .min(1)
    .max(32, { error: 'expected a network name (SSID) of at most 32 characters' }),
  /** A sign-in (captive) page must be passed before the network lets a phone through. */
  signIn: z.boolean({ error: 'expected true (a sign-in page must be passed) or false' }),
});

export const placeBaseSchema = z.strictObject({
  /** The destination the place belongs to: the id of a file in content/destinations/. */
  destination: idSchema,
  category: idSchema,
  coordinates: coordinatesSchema,
  phone: phoneSchema.optional(),
  website: httpsUrlSchema.optional(),
  openingHours: openingHoursSchema.optional(),
  priceLevel: z
    .number({ error: 'expected a price level from 1 (cheap) to 4 (expensive)' })
    .int()
    .min(1)
    .max(4)
    .optional(),
  tags: z.array(idSchema).default([]),
  wifi: wifiSchema.optional(),
  photo: publicPathSchema.optional(),
  photos: photosSchema,
  verifiedBy: idSchema,
  verifiedOn: isoDateSchema,
  status: z.enum(PLACE_STATUSES, { error: `expected one of ${PLACE_STATUSES.join(', ')}` }).default('open'),
});

export const placeTranslationSchema = z.strictObject({
  name: textSchema('the place name', TEXT_LIMITS.title),
  summary: textSchema('a one-sentence summary', TEXT_LIMITS.summary).optional(),
  address: textSchema('the address', TEXT_LIMITS.address).optional(),
  photoAlt: textSchema('a text alternative describing the photo', TEXT_LIMITS.alt).optional(),
  statusNote: textSchema('a note on the status', TEXT_LIMITS.phrase).optional(),
});

export type PlaceBase = z.infer<typeof placeBaseSchema>;
export type Wifi = z.infer<typeof wifiSchema>;
export type PlaceTranslation = z.infer<typeof placeTranslationSchema>;
export { PLACE_STATUSES, type PlaceStatus } from './place-status.ts';
