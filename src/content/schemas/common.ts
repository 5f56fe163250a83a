import { z } from 'zod';

/** Ids are the key everywhere (URLs, QR codes, scenes), so they are plain kebab-case ASCII. */
export const idSchema = z
  .string({ error: 'expected an id in kebab-case, e.g. "bronze-drum"' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'expected an id in kebab-case (lower-case letters, digits and single dashes), e.g. "bronze-drum"',
  });

// YAML reads ".nan", ".inf" and 1e999 as numbers that are not finite; zod refuses them as "not a
// number", so the message states the rule, and the loader shows them as NaN / Infinity, not null.
export const latitudeSchema = z
  .number({ error: 'expected a latitude in degrees, a finite number from -90 to 90' })
  .min(-90)
  .max(90);
export const longitudeSchema = z
  .number({ error: 'expected a longitude in degrees, a finite number from -180 to 180' })
  .min(-180)
  .max(180);

export const coordinatesSchema = z.strictObject({ lat: latitudeSchema, lon: longitudeSchema });
export type Coordinates = z.infer<typeof coordinatesSchema>;

/**
 * A file served by the site, named by its path under public/, e.g. "/images/exhibits/drum.svg": a site
 * path starting with one "/". "//host/x.png" is an address on another site (the browser keeps only the
 * scheme), and so is anything with a scheme ("https:", "data:"); neither may pass as a local file.
 */
export const publicPathSchema = z
  .string({ error: 'expected a path under public/ starting with "/", e.g. "/images/exhibits/drum.svg"' })
  .regex(/^\/[A-Za-z0-9._-][A-Za-z0-9._\-/]*$/, {
    error:
      'expected a path under public/ starting with a single "/" (letters, digits, dots, dashes), e.g. "/images/exhibits/drum.svg"; not an address on another site such as "//host/x.png" or "https://…"',
  })
  // Patterns rather than refines, so the editor (src/features/editor/build/) applies the same rules.
  .regex(/^(?!.*\.\.)/, { error: 'expected a path without ".."' })
  // Only for what is otherwise a site path, so "https://…" gets one message, the one above.
  .regex(/^(?!\/[A-Za-z0-9._\-/]*(?:\/\/|\/$))/, {
    error: 'expected the path of a file: no "//" inside, no "/" at the end',
  })
  .max(200, { error: 'expected a path of at most 200 characters' });

/** Calendar dates as written by people and by the CMS: YYYY-MM-DD. YAML may hand us a Date already. */
export const isoDateSchema = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.iso.date({ error: 'expected a date written YYYY-MM-DD, e.g. 2026-03-14' }),
);

export const httpsUrlSchema = z.url({
  protocol: /^https?$/,
  error: 'expected a full web address starting with https://',
});

/** Characters a text field may hold; the content check and the editor both say the limit. */
export const TEXT_LIMITS = {
  /** A title or a name as a heading shows it. */
  title: 120,
  /** One or two sentences, as a card or a search result shows them. */
  summary: 300,
  /** What a screen reader reads for an image: a sentence or two. */
  alt: 300,
  /** A period, materials, dimensions, a role, a beat, a status note: a phrase. */
  phrase: 200,
  address: 200,
} as const;

/**
 * A text written by a curator: at most `max` characters, and not only spaces (a blank title leaves an
 * empty heading and an empty link). The pattern is linear ("\s*" cannot overlap "\S"), so a 100,000-
 * character field costs nothing to refuse.
 */
export function textSchema(what: string, max: number) {
  return z
    .string({ error: `expected ${what}` })
    .max(max, { error: `expected ${what} of at most ${max} characters` })
    .regex(/^\s*\S[\s\S]*$/, { error: `expected ${what} with some text, not only spaces` });
}

/** A telephone number as printed, digits with spaces, dots, dashes or brackets, an optional "+". */
export const phoneSchema = z
  .string({ error: 'expected a phone number such as "+84 203 3825 031"' })
  .regex(/^\+?[0-9 ().-]{6,20}$/, {
    error: 'expected a phone number such as "+84 203 3825 031" (6–20 digits and spaces)',
  });

/** The SHA-256 of an uploaded source file, as the build records it (64 hexadecimal digits). */
export const sha256Schema = z
  .string({ error: 'expected the SHA-256 the build recorded (64 hexadecimal digits)' })
  .regex(/^[0-9a-f]{64}$/, { error: 'expected the SHA-256 the build recorded (64 hexadecimal digits)' });

/**
 * A source file uploaded in the editor, saved as "media/{folder}/{name}" under content/ (never public/):
 * the build imports it. Only letters, digits, dots, dashes and underscores in the name, as Decap saves it.
 */
export function uploadedSourceSchema(folder: string, extensions: readonly string[], what: string) {
  const error = `expected ${what} under media/${folder}/, e.g. "media/${folder}/bronze-drum.${extensions[0]}"`;
  return z
    .string({ error })
    .regex(new RegExp(`^media/${folder}/[\\w.-]+\\.(${extensions.join('|')})$`, 'i'), { error });
}
