import { z } from 'zod';

/** Languages the product ships UI strings for. A site enables a subset of them in content/site.yaml. */
export const LANGUAGES = ['vi', 'en', 'zh', 'ko', 'ja', 'fr'] as const;

export const languageSchema = z.enum(LANGUAGES, {
  error: `expected one of the supported languages: ${LANGUAGES.join(', ')}`,
});

export type Language = z.infer<typeof languageSchema>;

/** A short text given per language, e.g. the site's name. Only the default language is required. */
export const localizedTextSchema = z.partialRecord(
  languageSchema,
  z.string().trim().min(1).max(200, { error: 'expected a text of at most 200 characters' }),
);

export type LocalizedText = z.infer<typeof localizedTextSchema>;

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}
