import { z } from 'zod';

/** Ids are the key everywhere (URLs, QR codes, scenes), so they are plain kebab-case ASCII. */
export const idSchema = z
  .string({ error: 'expected an id in kebab-case, e.g. "bronze-drum"' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'expected an id in kebab-case (lower-case letters, digits and single dashes), e.g. "bronze-drum"',
  });

export const latitudeSchema = z
  .number({ error: 'expected a latitude in degrees, a number from -90 to 90' })
  .min(-90)
  .max(90);
export const longitudeSchema = z
  .number({ error: 'expected a longitude in degrees, a number from -180 to 180' })
  .min(-180)
  .max(180);

export const coordinatesSchema = z.strictObject({ lat: latitudeSchema, lon: longitudeSchema });
export type Coordinates = z.infer<typeof coordinatesSchema>;

/** A file served by the site, named by its path under public/, e.g. "/images/exhibits/drum.svg". */
export const publicPathSchema = z
  .string({ error: 'expected a path under public/ starting with "/", e.g. "/images/exhibits/drum.svg"' })
  .regex(/^\/[A-Za-z0-9._\-/]+$/, {
    error:
      'expected a path under public/ starting with "/" (letters, digits, dots, dashes), e.g. "/images/exhibits/drum.svg"',
  })
  // A pattern rather than a refine, so the editor (src/features/editor/build/) applies the same rule.
  .regex(/^(?!.*\.\.)/, { error: 'expected a path without ".."' });

/** Calendar dates as written by people and by the CMS: YYYY-MM-DD. YAML may hand us a Date already. */
export const isoDateSchema = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.iso.date({ error: 'expected a date written YYYY-MM-DD, e.g. 2026-03-14' }),
);

export const httpsUrlSchema = z.url({
  protocol: /^https?$/,
  error: 'expected a full web address starting with https://',
});
