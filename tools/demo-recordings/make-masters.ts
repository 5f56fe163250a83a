/**
 * `npm run narration:demo-masters`: the demo's "studio recordings", generated (no museum's recordings
 * can be had here) and brought in through the same path a museum's take: `narration:import`. Each
 * master is a 48 kHz 24-bit stereo WAV of espeak-ng in a voice, rate and pitch other than the
 * synthetic narration's, with room noise: deterministic, so the masters (~10 MB each) are not
 * committed, only what the import publishes. The captions' NOTE says they are generated demo media.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCatalog } from '../../src/content/loader/load-catalog.ts';
import type { Language } from '../../src/content/schemas/language.ts';
import { narrationSentences } from '../../src/features/narration/recording/import-recording.ts';
import { ensureAudioTools } from '../cli/audio-tools.ts';
import { makeSpeechRecording } from './speech-material.ts';

export const DEMO_MASTERS: { exhibit: string; lang: Language; voice: string; speed: number; pitch: number }[] = [
  { exhibit: 'mine-cart', lang: 'en', voice: 'en-gb+m3', speed: 140, pitch: 38 },
  { exhibit: 'endemic-plants', lang: 'vi', voice: 'vi+f3', speed: 130, pitch: 62 },
];

ensureAudioTools();
const root = process.cwd();
const catalog = loadCatalog(root);
// `-- <exhibit id>…` remakes only those; `--keep <folder>` keeps the masters there.
const args = process.argv.slice(2);
const keep = args.includes('--keep') ? args[args.indexOf('--keep') + 1] : undefined;
const only = args.filter((a, i) => a !== '--keep' && args[i - 1] !== '--keep');
const folder = keep ?? mkdtempSync(join(tmpdir(), 'demo-masters-'));
mkdirSync(folder, { recursive: true });
try {
  for (const [n, demo] of DEMO_MASTERS.entries()) {
    if (only.length > 0 && !only.includes(demo.exhibit)) continue;
    const exhibit = catalog.exhibits.find((e) => e.id === demo.exhibit);
    if (!exhibit) throw new Error(`no exhibit ${demo.exhibit}`);
    const master = join(folder, `${demo.exhibit}.${demo.lang}.wav`);
    const sentences = narrationSentences(exhibit, demo.lang);
    makeSpeechRecording(master, folder, { ...demo, sentences, seed: 100 + n, noiseDb: -50 });
    console.log(`${master}: generated demo master`);
    execFileSync(
      'npm',
      ['run', '--silent', 'narration:import', '--', master, '--exhibit', demo.exhibit, '--lang', demo.lang],
      {
        stdio: 'inherit',
      },
    );
    const vtt = join(root, 'public/audio/exhibits', `${demo.exhibit}.${demo.lang}.vtt`);
    const label = `generated demo recording (espeak-ng ${demo.voice}, ${demo.speed} wpm, room noise), imported by narration:import`;
    writeFileSync(vtt, readFileSync(vtt, 'utf8').replace(/^NOTE /m, `NOTE ${label}; `));
  }
} finally {
  if (!keep) rmSync(folder, { recursive: true, force: true });
}
