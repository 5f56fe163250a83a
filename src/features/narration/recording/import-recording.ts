import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Exhibit } from '../../../content/schemas/catalog.ts';
import type { Language } from '../../../content/schemas/language.ts';
import { setFrontMatterField } from '../../../content/loader/front-matter.ts';
import { formatCaptions } from '../captions.ts';
import { shortCues } from '../short-cues.ts';
import { narrationPlainText, splitSentences } from '../sentences.ts';
import { alignmentVoice, alignSentences, fitOf } from './align.ts';
import { checkRecording, RecordingRefused } from './checks.ts';
import {
  ANALYSIS_RATE,
  decodeAllChannels,
  decodeMono,
  encodePublished,
  normaliseLoudness,
  probeAudio,
  trimToMono,
} from './ffmpeg.ts';

/** Bump when the import's output changes, so every recording is imported again. */
export const IMPORT_VERSION = 'import/loudnorm-16/opus32/mp3-48/v1';
/** An alignment fit at or under this is a clear match: no other language need be tried. */
export const CLEAR_FIT = 0.45;
/** Above this the recording is not a reading of the text at all. */
export const NO_MATCH_FIT = 0.75;

export interface ImportResult {
  files: { opus: string; mp3: string; captions: string };
  sentences: string[];
  spans: { start: number; end: number }[];
  fit: number;
  unsure: boolean;
}

/** The words of an exhibit's narration in one language, as spoken: the title, then the text. */
export function narrationSentences(exhibit: Exhibit, lang: Language): string[] {
  const translation = exhibit.translations[lang];
  if (!translation) return [];
  return splitSentences(`${translation.fields.title}.\n${narrationPlainText(translation.body)}`, lang);
}

/** The master's content hash and the import version: what the published captions remember. */
export function masterHash(bytes: Buffer): string {
  return createHash('sha256').update(IMPORT_VERSION).update(bytes).digest('hex').slice(0, 16);
}

/**
 * Makes the published files of one exhibit's narration in one language from a museum's recording:
 * refuses what a visitor should never hear, then trims, mixes to mono, normalises loudness (EBU R128),
 * encodes Opus/WebM and MP3 into public/audio/exhibits/, and writes captions aligned to the text.
 * `work` is a scratch folder. Writes the exhibit's `audio` front matter unless `writeContent` is false.
 */
export function importRecording(
  root: string,
  exhibit: Exhibit,
  lang: Language,
  master: string,
  work: string,
  options: { masterField?: string; sentenceStarts?: number[] } = {},
): ImportResult {
  const name = basename(master);
  const sentences = narrationSentences(exhibit, lang);
  if (sentences.length === 0) throw new Error(`${exhibit.id} has no ${lang} text to narrate`);
  try {
    probeAudio(master);
  } catch (error) {
    throw new RecordingRefused(name, 'unreadable', `ffmpeg cannot read it as audio (${String(error).split('\n')[0]})`);
  }
  const trimmed = join(work, 'trimmed.wav');
  trimToMono(master, trimmed);
  const mono = decodeMono(trimmed);
  checkRecording(name, mono, ANALYSIS_RATE, decodeAllChannels(master), sentences.join(' '), lang);
  const alignment = alignSentences(mono, sentences, lang, work);
  checkLanguage(name, exhibit, lang, mono, alignment.fit, work);

  const base = `/audio/exhibits/${exhibit.id}.${lang}`;
  const files = { opus: `${base}.webm`, mp3: `${base}.mp3`, captions: `${base}.vtt` };
  const out = (path: string) => {
    const full = join(root, 'public', path);
    mkdirSync(dirname(full), { recursive: true });
    return full;
  };
  const normalised = join(work, 'normalised.wav');
  normaliseLoudness(trimmed, normalised);
  encodePublished(normalised, out(files.opus), out(files.mp3));
  const taps = options.sentenceStarts;
  const spans =
    taps && taps.length === sentences.length ? spansFromStarts(taps, mono.length / ANALYSIS_RATE) : alignment.spans;
  const cues = shortCues(spans.map((s, k) => ({ ...s, text: sentences[k] as string })));
  const note = `master-sha256: ${masterHash(readFileSync(master))} alignment-fit: ${alignment.fit.toFixed(3)}`;
  writeFileSync(out(files.captions), formatCaptions(cues, note));

  const translation = exhibit.translations[lang];
  if (translation) {
    const file = join(root, translation.file);
    const audio = {
      ...files,
      synthetic: false,
      ...(options.masterField ? { master: options.masterField } : {}),
      ...(alignment.unsure && !taps ? { captionsUnsure: true } : {}),
      ...(taps ? { sentenceStarts: taps } : {}),
    };
    writeFileSync(file, setFrontMatterField(readFileSync(file, 'utf8'), 'audio', audio));
  }
  return { files, sentences, spans, fit: alignment.fit, unsure: alignment.unsure };
}

/** Sentence spans from tapped starts: each sentence runs to the next one's start. */
export function spansFromStarts(starts: readonly number[], seconds: number) {
  return starts.map((start, k) => ({ start, end: starts[k + 1] ?? seconds }));
}

/**
 * A recording whose words are not the text's: refused when it fits the text badly, and named after the
 * exhibit's other language that it fits better, if one does (the French reading uploaded as English).
 */
function checkLanguage(name: string, exhibit: Exhibit, lang: Language, mono: Float32Array, fit: number, work: string) {
  // Without a voice for the language (Japanese) there is nothing to compare against.
  if (fit <= CLEAR_FIT || !alignmentVoice(lang)) return;
  for (const other of Object.keys(exhibit.translations) as Language[]) {
    const voice = alignmentVoice(other);
    if (other === lang || !voice) continue;
    const otherFit = fitOf(mono, narrationSentences(exhibit, other), voice, work);
    if (otherFit < fit - 0.05)
      throw new RecordingRefused(
        name,
        'language',
        `it sounds like the ${other} narration (fit ${otherFit.toFixed(2)}), not the ${lang} text (fit ${fit.toFixed(2)})`,
      );
  }
  if (fit > NO_MATCH_FIT)
    throw new RecordingRefused(
      name,
      'language',
      `the recording does not match the ${lang} narration text (alignment fit ${fit.toFixed(2)}, at most ${NO_MATCH_FIT})`,
    );
}
