import { z } from 'zod';

/**
 * One language's terminology (`content/glossary/{language}.yaml`): for each term of the museum and the
 * destination (the museum's name, dynasties, places, people), the one rendering this language uses and
 * the variants it must not use. A test holds every text of that language to it.
 */
export const glossaryTermSchema = z.strictObject({
  /** The term as the default language writes it, e.g. "Bạch Đằng": what the entry is about. */
  term: z.string({ error: 'expected the term in the default language, e.g. "Bạch Đằng"' }).trim().min(1),
  /** The accepted rendering in this language. */
  use: z.string({ error: 'expected the accepted rendering in this language' }).trim().min(1),
  /**
   * Variants that must not appear anywhere in this language's texts: exact and case-sensitive; one in
   * Latin script counts as a whole word only ("Trần Nhân Tôn" is not found in "Trần Nhân Tông").
   */
  avoid: z.array(z.string().trim().min(1)).min(1, { error: 'expected at least one variant to avoid' }),
  /**
   * Longer phrases that contain a variant to avoid and are right, e.g. a reading in brackets after the
   * accepted name ("陳仁宗（チャン・ニャン・トン）" while a bare "チャン・ニャン・トン" is avoided).
   */
  allow: z.array(z.string().trim().min(1)).default([]),
});

export const glossarySchema = z.strictObject({
  terms: z.array(glossaryTermSchema).min(1, { error: 'expected at least one term' }),
});

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
export type Glossary = z.infer<typeof glossarySchema>;
