import { z } from 'zod';
import { idSchema, publicPathSchema, TEXT_LIMITS, textSchema } from './common.ts';
import { photosSchema } from './photo.ts';

export const expertBaseSchema = z.strictObject({
  /** The destination whose listings the expert verifies: the id of a file in content/destinations/. */
  destination: idSchema,
  name: textSchema('the expert’s name as they write it', 80),
  photo: publicPathSchema.optional(),
  photos: photosSchema,
  /** Languages the expert speaks, as language codes (any, not only the site's), e.g. ["vi", "en"]. */
  speaks: z.array(z.string().regex(/^[a-z]{2,3}$/, { error: 'expected a language code such as "vi"' })).min(1),
  since: z.number().int().min(1900).max(2100).optional(),
  /**
   * The expert's GitHub account, e.g. "lan-nguyen": signing in with it opens the visitor reports on
   * the listings they verified (the same GitHub sign-in as the editor's).
   */
  github: z
    .string()
    .regex(/^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/, {
      error: 'expected a GitHub account name such as "lan-nguyen" (letters, digits and single hyphens)',
    })
    .optional(),
});

export const expertTranslationSchema = z.strictObject({
  /** What the expert knows best, e.g. "Restaurants of Hòn Gai". */
  beats: z
    .array(textSchema('a beat, e.g. "Restaurants of Hòn Gai"', TEXT_LIMITS.phrase))
    .min(1, { error: 'expected at least one beat, e.g. "Restaurants of Hòn Gai"' }),
  role: textSchema('the expert’s role', TEXT_LIMITS.phrase).optional(),
  photoAlt: textSchema('a text alternative describing the photo', TEXT_LIMITS.alt).optional(),
});

export type ExpertBase = z.infer<typeof expertBaseSchema>;
export type ExpertTranslation = z.infer<typeof expertTranslationSchema>;
