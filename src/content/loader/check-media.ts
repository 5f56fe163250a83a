import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseFile } from 'music-metadata';
import type { Catalog } from '../schemas/catalog.ts';
import { parseCaptions } from '../../features/narration/captions.ts';
import type { ContentProblem } from './problems.ts';
import { decodeContentFile } from './utf8.ts';

/** Limits that keep narration quick on museum Wi-Fi and small in an offline pack. */
export const NARRATION_LIMITS = {
  opus: { maxKbps: 48, maxBytes: 6 * 1024 * 1024 },
  mp3: { maxKbps: 128, maxBytes: 12 * 1024 * 1024 },
  maxSeconds: 15 * 60,
};

/**
 * Opens every narration file: audio must decode within the limits (bitrate, length, size), and
 * captions must parse as WebVTT and not run past the recording. Asynchronous because audio metadata
 * is read from the files, so it runs beside loadCatalog in the build and in `npm run check`.
 */
export async function checkNarrationMedia(catalog: Catalog, root: string): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  for (const exhibit of catalog.exhibits) {
    for (const translation of Object.values(exhibit.translations)) {
      if (!translation) continue;
      const audio = translation.fields.audio;
      if (!audio) continue;
      const file = translation.file;
      let longest = 0;
      for (const kind of ['opus', 'mp3'] as const) {
        const path = audio[kind];
        if (!path) continue;
        const full = join(root, 'public', path);
        const limits = NARRATION_LIMITS[kind];
        try {
          const { size: bytes, mtimeMs } = statSync(full);
          // Nothing to decode: say so, rather than "Infinity kbit/s" from 0 bytes over 0 seconds.
          if (bytes === 0) {
            problems.push({ file, field: `audio.${kind}`, expected: `a recording; ${path} is empty (0 bytes)` });
            continue;
          }
          const seconds = await durationOf(full, bytes, mtimeMs);
          if (seconds === 0) {
            problems.push({
              file,
              field: `audio.${kind}`,
              expected: `audio that decodes to a recording; ${path} (${bytes} bytes) has no length`,
            });
            continue;
          }
          const kbps = (bytes * 8) / seconds / 1000;
          longest = Math.max(longest, seconds);
          if (bytes > limits.maxBytes)
            problems.push({
              file,
              field: `audio.${kind}`,
              expected: `a file of at most ${limits.maxBytes / 1048576} MB; ${path} has ${(bytes / 1048576).toFixed(1)} MB`,
            });
          if (kbps > limits.maxKbps)
            problems.push({
              file,
              field: `audio.${kind}`,
              expected: `at most ${limits.maxKbps} kbit/s (speech needs no more); ${path} has ${Math.round(kbps)} kbit/s`,
            });
          if (seconds > NARRATION_LIMITS.maxSeconds)
            problems.push({
              file,
              field: `audio.${kind}`,
              expected: `a narration of at most ${NARRATION_LIMITS.maxSeconds / 60} minutes; ${path} lasts ${Math.round(seconds / 60)} minutes`,
            });
        } catch (error) {
          problems.push({
            file,
            field: `audio.${kind}`,
            expected: `a readable ${kind === 'opus' ? 'Opus/WebM' : 'MP3'} file; ${path}: ${String(error).slice(0, 120)}`,
          });
        }
      }
      if (!audio.captions) continue;
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(join(root, 'public', audio.captions));
      } catch {
        continue; // a missing file (or a folder) is already reported by the cross-check
      }
      const decoded = decodeContentFile(bytes, file);
      if ('problem' in decoded) {
        problems.push({ file, field: 'audio.captions', expected: `${audio.captions}: ${decoded.problem.expected}` });
        continue;
      }
      const text = decoded.text;
      const { cues, errors } = parseCaptions(text);
      if (errors.length > 0)
        problems.push({
          file,
          field: 'audio.captions',
          expected: `WebVTT that parses; ${audio.captions} ${errors.slice(0, 3).join('; ')}`,
        });
      else if (cues.length === 0)
        problems.push({ file, field: 'audio.captions', expected: `at least one caption in ${audio.captions}` });
      else if (longest > 0 && (cues.at(-1)?.end ?? 0) > longest + 1) {
        problems.push({
          file,
          field: 'audio.captions',
          expected: `captions within the recording (${longest.toFixed(1)} s); ${audio.captions} runs to ${cues.at(-1)?.end.toFixed(1)} s`,
        });
      }
    }
  }
  return problems;
}

// Decoding audio headers is most of a content check's time; a file unchanged since it was last read
// (same size and modification time) keeps its length, so `npm run dev` and the fuzzer re-check quickly.
const durations = new Map<string, number>();

async function durationOf(path: string, bytes: number, mtimeMs: number): Promise<number> {
  const key = `${path}\0${bytes}\0${mtimeMs}`;
  const known = durations.get(key);
  if (known !== undefined) return known;
  const { format } = await parseFile(path, { duration: true });
  const seconds = format.duration ?? 0;
  durations.set(key, seconds);
  return seconds;
}
