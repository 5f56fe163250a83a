import { z } from 'zod';

/**
 * A language is content, not code: the site offers those listed in content/site.yaml, each with its UI
 * strings in content/ui/{code}.json (the loader checks the file exists). A code is a lower-case ISO
 * 639 code of two or three letters, which is also the first segment of every address in it ("/vi/").
 */
export const languageSchema = z
  .string({ error: 'expected a language code such as "vi" or "en"' })
  .regex(/^[a-z]{2,3}$/, { error: 'expected a language code of 2 or 3 lower-case letters, e.g. "vi", "en", "ru"' });

export type Language = z.infer<typeof languageSchema>;

/** A short text given per language, e.g. the site's name. Only the default language is required. */
export const localizedTextSchema = z.record(
  languageSchema,
  z.string().trim().min(1).max(200, { error: 'expected a text of at most 200 characters' }),
);

export type LocalizedText = z.infer<typeof localizedTextSchema>;

export function isLanguage(value: string): value is Language {
  return languageSchema.safeParse(value).success;
}
