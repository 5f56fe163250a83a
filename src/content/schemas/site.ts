import { z } from 'zod';
import { httpsUrlSchema, idSchema } from './common.ts';
import { languageSchema, localizedTextSchema } from './language.ts';

const onlineLayerSchema = z.strictObject({
  url: z
    .string({ error: 'expected a tile URL template with {z}, {x} and {y}' })
    .regex(/^https:\/\/.*\{z\}.*\{x\}.*\{y\}/, {
      error: 'expected an https tile URL template containing {z}, {x} and {y}',
    }),
  attribution: z.string({ error: 'expected the tile provider attribution text' }).min(1).max(300, {
    error: 'expected the tile provider attribution text of at most 300 characters',
  }),
  maxZoom: z.number().int().min(1).max(22).default(19),
});

/**
 * What every destination's map shares. Where each map opens and what it covers is the destination's
 * (content/destinations/); an old site.yaml with `map.center` or `map.bounds` is told where they went.
 */
export const mapSettingsSchema = z.strictObject(
  { onlineLayer: onlineLayerSchema.nullable().default(null) },
  {
    error:
      "expected only onlineLayer here: a map's centre, bounds and zoom belong to its destination (content/destinations/{id}.vi.md, field map)",
  },
);

/** A place category or tag the site offers, with its label per language. */
export const vocabularyEntrySchema = z.strictObject({
  id: idSchema,
  label: localizedTextSchema,
  icon: z.string().max(4).optional(),
});

export const siteSchema = z
  .strictObject({
    name: localizedTextSchema,
    tagline: localizedTextSchema,
    defaultLanguage: languageSchema,
    languages: z.array(languageSchema).min(1),
    baseUrl: httpsUrlSchema,
    sampleContent: z.boolean({ error: 'expected true or false' }),
    timezone: z
      .string()
      .max(64, { error: 'expected an IANA time zone, e.g. "Asia/Ho_Chi_Minh"' })
      .default('Asia/Ho_Chi_Minh'),
    freshnessDays: z.number().int().positive().default(180),
    map: mapSettingsSchema.default({ onlineLayer: null }),
    placeCategories: z.array(vocabularyEntrySchema).min(1),
    placeTags: z.array(vocabularyEntrySchema).default([]),
    /**
     * A deployment for one venue only, from the same content: `{ museum: id }` builds that museum's own
     * site (its galleries and exhibits), `{ destination: id }` one destination's (its places, experts
     * and the museums in it). The home page goes straight to the venue. Absent: everything.
     */
    // Either one, not both: the loader's cross-check says so (the editor form cannot run a refinement).
    venue: z.strictObject({ museum: idSchema.optional(), destination: idSchema.optional() }).optional(),
  })
  .refine((s) => s.languages.includes(s.defaultLanguage), {
    error: 'expected the default language to be one of the languages',
    path: ['languages'],
  })
  .refine((s) => s.name[s.defaultLanguage] !== undefined, {
    error: 'expected the name in the default language',
    path: ['name'],
  });

export type Site = z.infer<typeof siteSchema>;
export type MapSettings = z.infer<typeof mapSettingsSchema>;
export type OnlineLayer = z.infer<typeof onlineLayerSchema>;
export type VocabularyEntry = z.infer<typeof vocabularyEntrySchema>;
