/**
 * `npm run narration:import -- <recording> --exhibit <id> --lang <lang>`: brings a museum's recording of
 * an exhibit's narration in (WAV, FLAC, AIFF, MP3, M4A/AAC, Opus, OGG). Refuses silence, clipping, a
 * length far from the text's and another language's reading, naming the file; otherwise writes the
 * published Opus/WebM + MP3 and aligned captions under public/audio/exhibits/ and the exhibit's `audio`
 * front matter. The master itself is not copied anywhere: keep it in the museum's archive.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadCatalog } from '../../src/content/loader/load-catalog.ts';
import { isLanguage } from '../../src/content/schemas/language.ts';
import { RecordingRefused } from '../../src/features/narration/recording/checks.ts';
import { importRecording } from '../../src/features/narration/recording/import-recording.ts';
import { ensureAudioTools } from './audio-tools.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { exhibit: { type: 'string' }, lang: { type: 'string' } },
});
const [file] = positionals;
const usage = 'Usage: npm run narration:import -- <recording> --exhibit <exhibit id> --lang <vi|en|zh|ko|ja|fr>';
if (!file || !values.exhibit || !values.lang || !isLanguage(values.lang)) {
  console.error(usage);
  process.exit(2);
}
ensureAudioTools();
const root = process.cwd();
const exhibit = loadCatalog(root).exhibits.find((e) => e.id === values.exhibit);
if (!exhibit) {
  console.error(`No exhibit "${values.exhibit}" in content/exhibits/.`);
  process.exit(2);
}
const work = mkdtempSync(join(tmpdir(), 'narration-import-'));
try {
  const result = importRecording(root, exhibit, values.lang, resolve(file), work);
  console.log(
    `${file}: ${exhibit.id} (${values.lang}) → ${result.files.opus}, ${result.files.mp3}, ${result.files.captions}; ` +
      `${result.sentences.length} sentences aligned (fit ${result.fit.toFixed(2)}${result.unsure ? ', unsure: check them with tap-to-sync in the editor' : ''}).`,
  );
} catch (error) {
  if (!(error instanceof RecordingRefused)) throw error;
  console.error(error.message);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
