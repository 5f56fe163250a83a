import { createHash } from 'node:crypto';
import type { Catalog, Exhibit } from '../../content/schemas/catalog.ts';
import type { Language } from '../../content/schemas/language.ts';
import { narrationPlainText, splitSentences } from './sentences.ts';

/**
 * espeak-ng voices where the language code is not the voice's name, or null for no synthetic voice.
 * Chinese and Japanese are left to the visitor's own on-device voices: espeak-ng reads Han characters
 * poorly (Japanese kanji come out as "Chinese letter"). Any other language uses espeak-ng's voice of the
 * same code ("ru", "de"), so a language added in content/site.yaml needs no change here.
 */
const ESPEAK_VOICE_NAMES: Partial<Record<Language, string | null>> = { en: 'en-us', fr: 'fr-fr', zh: null, ja: null };

export function espeakVoice(lang: Language): string | null {
  const named = ESPEAK_VOICE_NAMES[lang];
  return named === undefined ? lang : named;
}

/** Bump when the pipeline's output changes, so every synthetic file is made again. */
export const PIPELINE_VERSION = 'espeak-ng/opus24/mp3-32/v1';

export interface SynthesisJob {
  exhibit: Exhibit;
  lang: Language;
  voice: string;
  /** The title, then the narration, one sentence each: what is spoken and what the captions show. */
  sentences: string[];
  hash: string;
  /** Paths under public/. */
  files: { opus: string; mp3: string; captions: string };
}

/** Every exhibit × language with text, a voice, and no real recording: those get synthetic narration. */
export function synthesisJobs(catalog: Catalog): SynthesisJob[] {
  const jobs: SynthesisJob[] = [];
  for (const exhibit of catalog.exhibits) {
    for (const lang of catalog.site.languages) {
      const translation = exhibit.translations[lang];
      const voice = espeakVoice(lang);
      if (!translation || !voice) continue;
      const audio = translation.fields.audio;
      if (audio && !audio.synthetic && (audio.opus || audio.mp3)) continue; // a museum's recording always wins
      const text = `${translation.fields.title}.\n${narrationPlainText(translation.body)}`;
      const sentences = splitSentences(text, lang);
      const hash = createHash('sha256')
        .update(`${PIPELINE_VERSION}\n${voice}\n${sentences.join('\n')}`)
        .digest('hex')
        .slice(0, 16);
      const base = `/audio/exhibits/${exhibit.id}.${lang}`;
      jobs.push({
        exhibit,
        lang,
        voice,
        sentences,
        hash,
        files: { opus: `${base}.webm`, mp3: `${base}.mp3`, captions: `${base}.vtt` },
      });
    }
  }
  return jobs;
}
