import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Catalog } from '../../../content/schemas/catalog.ts';
import type { Language } from '../../../content/schemas/language.ts';
import { formatCaptions, parseCaptions } from '../captions.ts';
import { shortCues } from '../short-cues.ts';
import { importRecording, masterHash, narrationSentences, spansFromStarts } from './import-recording.ts';

/** Where the editor's uploads of recording masters go: in the repository, never in public/ or dist/. */
export const MASTERS_FOLDER = 'content/media/recordings';

export interface PendingWork {
  imported: string[];
  retimed: string[];
}

const tapsHash = (starts: readonly number[]) =>
  createHash('sha256').update(starts.join(',')).digest('hex').slice(0, 12);

/**
 * What the build does for recordings: imports each uploaded master (`audio.master`) whose published
 * files are missing or were made from other bytes (the captions remember the master's hash), and
 * re-times captions a curator tapped in the editor (`audio.sentenceStarts`). When nothing changed it
 * runs no ffmpeg at all, so a fresh clone builds without re-encoding. Returns what it did.
 */
export function runPendingImports(root: string, catalog: Catalog): PendingWork {
  const done: PendingWork = { imported: [], retimed: [] };
  let work: string | undefined;
  try {
    for (const exhibit of catalog.exhibits) {
      for (const [lang, translation] of Object.entries(exhibit.translations) as [
        Language,
        typeof exhibit.translations.vi,
      ][]) {
        const audio = translation?.fields.audio;
        if (!translation || !audio) continue;
        const label = `${exhibit.id}.${lang}`;
        const vttPath = audio.captions ? join(root, 'public', audio.captions) : undefined;
        const vtt = vttPath && existsSync(vttPath) ? readFileSync(vttPath, 'utf8') : '';
        if (audio.master) {
          const master = join(root, MASTERS_FOLDER, audio.master.replace(/^\/recordings\//, ''));
          if (!existsSync(master)) throw new Error(`${translation.file} → audio.master: ${master} does not exist`);
          const hash = masterHash(readFileSync(master));
          const published = [audio.opus, audio.mp3].every((p) => p && existsSync(join(root, 'public', p)));
          if (!published || !vtt.includes(`master-sha256: ${hash}`)) {
            work ??= mkdtempSync(join(tmpdir(), 'narration-build-'));
            importRecording(root, exhibit, lang, master, work, {
              masterField: audio.master,
              ...(audio.sentenceStarts ? { sentenceStarts: audio.sentenceStarts } : {}),
            });
            done.imported.push(label);
            continue;
          }
        }
        const starts = audio.sentenceStarts;
        if (starts && vttPath && vtt && !vtt.includes(`taps: ${tapsHash(starts)}`)) {
          writeFileSync(vttPath, retimedCaptions(vtt, narrationSentences(exhibit, lang), starts));
          done.retimed.push(label);
        }
      }
    }
  } finally {
    if (work) rmSync(work, { recursive: true, force: true });
  }
  return done;
}

/** Captions from tapped sentence starts, keeping the recording's length and the note's other facts. */
export function retimedCaptions(vtt: string, sentences: string[], starts: number[]): string {
  if (starts.length !== sentences.length)
    throw new Error(`tap-to-sync gave ${starts.length} sentence starts for ${sentences.length} sentences`);
  const seconds = parseCaptions(vtt).cues.at(-1)?.end ?? (starts.at(-1) ?? 0) + 5;
  const note = /^NOTE (.*)$/m.exec(vtt)?.[1]?.replace(/ taps: \w+/, '') ?? '';
  const spans = spansFromStarts(starts, seconds);
  const cues = shortCues(spans.map((s, k) => ({ ...s, text: sentences[k] as string })));
  return formatCaptions(cues, `${note} taps: ${tapsHash(starts)}`.trim());
}
