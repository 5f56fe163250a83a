import { z } from 'zod';
import { coordinatesSchema, publicPathSchema, TEXT_LIMITS, textSchema } from './common.ts';

const zoomSchema = z.number({ error: 'expected a zoom level, a whole number from 0 to 22' }).int().min(0).max(22);

/** A destination's map: where it opens, how far it pans and zooms, and what its places must lie inside. */
export const destinationMapSchema = z
  .strictObject({
    center: coordinatesSchema,
    bounds: z.strictObject({ south: z.number(), west: z.number(), north: z.number(), east: z.number() }),
    minZoom: zoomSchema,
    maxZoom: zoomSchema,
    defaultZoom: zoomSchema,
  })
  .refine((m) => m.bounds.south < m.bounds.north && m.bounds.west < m.bounds.east, {
    error: 'expected bounds with south < north and west < east',
    path: ['bounds'],
  })
  .refine((m) => m.minZoom <= m.defaultZoom && m.defaultZoom <= m.maxZoom, {
    error: 'expected minZoom ≤ defaultZoom ≤ maxZoom',
    path: ['defaultZoom'],
  })
  .refine(
    (m) =>
      m.center.lat >= m.bounds.south &&
      m.center.lat <= m.bounds.north &&
      m.center.lon >= m.bounds.west &&
      m.center.lon <= m.bounds.east,
    { error: 'expected the centre inside the bounds', path: ['center'] },
  );

/** Fields a destination has once, in the default language's file. */
export const destinationBaseSchema = z.strictObject({
  map: destinationMapSchema,
  /** Position among the destinations on the home page and in menus, smallest first. */
  order: z.number({ error: 'expected a whole number giving the position among destinations' }).int(),
  image: publicPathSchema.optional(),
});

export const destinationTranslationSchema = z.strictObject({
  name: textSchema('the destination name', TEXT_LIMITS.title),
  summary: textSchema('a one-sentence summary', TEXT_LIMITS.summary).optional(),
  imageAlt: textSchema('a text alternative describing the image', TEXT_LIMITS.alt).optional(),
});

export type DestinationBase = z.infer<typeof destinationBaseSchema>;
export type DestinationTranslation = z.infer<typeof destinationTranslationSchema>;
export type DestinationMap = z.infer<typeof destinationMapSchema>;
export type MapBounds = DestinationMap['bounds'];
