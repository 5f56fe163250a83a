/**
 * `npm run narration:synthesize`: makes narration audio for every exhibit × language that has text and
 * no real recording, with espeak-ng and ffmpeg: Opus in WebM (24 kbit/s mono), an MP3 fallback, and
 * WebVTT captions timed sentence by sentence. Writes them under public/audio/exhibits/ and records them
 * in the translation's front matter as `audio: { …, synthetic: true }`. Unchanged text is skipped.
 */
import { execFileSync } from 'node:child_process';
import { ensureAudioTools } from './audio-tools.ts';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadCatalog } from '../../src/content/loader/load-catalog.ts';
import { setFrontMatterField } from '../../src/content/loader/front-matter.ts';
import { type Cue, formatCaptions, parseCaptions, sentenceSpans } from '../../src/features/narration/captions.ts';
import { shortCues } from '../../src/features/narration/short-cues.ts';
import { synthesisJobs, type SynthesisJob } from '../../src/features/narration/synthesis-plan.ts';
import { durationOf, joinWav, readWav, silence, type Pcm } from '../../src/features/narration/wav.ts';

const root = process.cwd();
const force = process.argv.includes('--force');
const GAP_SECONDS = 0.4;

ensureAudioTools();
const catalog = loadCatalog(root);
const jobs = synthesisJobs(catalog);
const work = mkdtempSync(join(tmpdir(), 'narration-'));
let made = 0;
try {
  for (const job of jobs) {
    if (!force && isCurrent(job)) {
      shortenCaptions(job);
      continue;
    }
    synthesize(job);
    made++;
    console.log(`  ${job.exhibit.id} (${job.lang}): ${job.sentences.length} sentences`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(`Narration: ${made} made, ${jobs.length - made} already current, ${jobs.length} in all.`);

function isCurrent(job: SynthesisJob): boolean {
  const vtt = join(root, 'public', job.files.captions);
  const recorded = job.exhibit.translations[job.lang]?.fields.audio;
  return (
    existsSync(vtt) &&
    readFileSync(vtt, 'utf8').includes(`source-sha256: ${job.hash}`) &&
    existsSync(join(root, 'public', job.files.opus)) &&
    existsSync(join(root, 'public', job.files.mp3)) &&
    recorded?.captions === job.files.captions
  );
}

/** Captions written before cues were kept short are split again from their sentences' times, without re-encoding. */
function shortenCaptions(job: SynthesisJob): void {
  const file = join(root, 'public', job.files.captions);
  const before = readFileSync(file, 'utf8');
  const after = formatCaptions(shortCues(sentenceSpans(parseCaptions(before).cues)), `source-sha256: ${job.hash}`);
  if (after !== before) writeFileSync(file, after);
}

function synthesize(job: SynthesisJob): void {
  const parts: Pcm[] = [];
  const cues: Cue[] = [];
  let at = 0;
  job.sentences.forEach((sentence, i) => {
    const wav = join(work, `${i}.wav`);
    execFileSync('espeak-ng', ['-v', job.voice, '-s', '150', '-w', wav, sentence]);
    const pcm = readWav(readFileSync(wav));
    const length = durationOf(pcm);
    cues.push({ start: round(at), end: round(at + length), text: sentence, sentence: i });
    parts.push(pcm, silence(pcm, GAP_SECONDS));
    at += length + GAP_SECONDS;
  });
  const joined = join(work, 'narration.wav');
  writeFileSync(joined, joinWav(parts));
  const out = (path: string) => {
    const full = join(root, 'public', path);
    mkdirSync(dirname(full), { recursive: true });
    return full;
  };
  const ffmpeg = (args: string[]) => execFileSync('ffmpeg', ['-loglevel', 'error', '-y', '-i', joined, ...args]);
  ffmpeg([
    '-ac',
    '1',
    '-c:a',
    'libopus',
    '-b:a',
    '24k',
    '-application',
    'voip',
    '-map_metadata',
    '-1',
    out(job.files.opus),
  ]);
  ffmpeg(['-ac', '1', '-ar', '22050', '-c:a', 'libmp3lame', '-b:a', '32k', '-map_metadata', '-1', out(job.files.mp3)]);
  writeFileSync(out(job.files.captions), formatCaptions(shortCues(cues), `source-sha256: ${job.hash}`));
  const translation = job.exhibit.translations[job.lang];
  if (!translation) return;
  const file = join(root, translation.file);
  writeFileSync(file, setFrontMatterField(readFileSync(file, 'utf8'), 'audio', { ...job.files, synthetic: true }));
}

function round(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}
