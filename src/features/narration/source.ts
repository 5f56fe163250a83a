import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Exhibit } from '../../content/schemas/catalog.ts';
import type { NarrationAudio } from '../../content/schemas/exhibit.ts';
import type { Language } from '../../content/schemas/language.ts';
import { localize } from '../../content/loader/localize.ts';
import { type Cue, parseCaptions, sentenceSpans } from './captions.ts';
import { narrationPlainText, splitSentences } from './sentences.ts';

/** What the player plays for one exhibit page, decided at build time. */
export type NarrationSource =
  | { mode: 'audio'; lang: Language; audio: NarrationAudio; sentences: Cue[] }
  | { mode: 'speech'; lang: Language; sentences: string[] };

/**
 * The recording in the language the page shows (after fallback), with its captions' sentences as the transcript;
 * without one, the same text read sentence by sentence by the device's own voice. A recording is never
 * borrowed from another language than the text on the page.
 */
export function narrationSource(
  exhibit: Exhibit,
  lang: Language,
  defaultLanguage: Language,
  root: string,
): NarrationSource {
  const view = localize(exhibit, lang, defaultLanguage);
  const audio = exhibit.translations[view.shownLang]?.fields.audio;
  if (audio?.captions && (audio.opus || audio.mp3)) {
    const { cues } = parseCaptions(readFileSync(join(root, 'public', audio.captions), 'utf8'));
    // Caption cues are short (two lines, seven seconds); the transcript reads whole sentences.
    return { mode: 'audio', lang: view.shownLang, audio, sentences: sentenceSpans(cues) };
  }
  const text = `${view.fields.title}.\n${narrationPlainText(view.body)}`;
  return { mode: 'speech', lang: view.shownLang, sentences: splitSentences(text, view.shownLang) };
}
