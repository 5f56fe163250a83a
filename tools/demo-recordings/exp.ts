import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCatalog } from '../../src/content/loader/load-catalog.ts';
import { narrationPlainText, splitSentences } from '../../src/features/narration/sentences.ts';
import { alignSentences, proportionalSpans, fitOf } from '../../src/features/narration/recording/align.ts';
import { decodeMono } from '../../src/features/narration/recording/ffmpeg.ts';
import { makeSpeechRecording } from './speech-material.ts';
const work = mkdtempSync(join(tmpdir(), 'exp-'));
const cat = loadCatalog(process.cwd());
const ex = cat.exhibits.find((e) => e.id === process.argv[2])!;
const lang = (process.argv[3] ?? 'en') as 'en';
const tr = ex.translations[lang]!;
const sentences = splitSentences(`${tr.fields.title}.\n${narrationPlainText(tr.body)}`, lang);
const voice = process.argv[4] ?? 'en-gb+m3';
let t = Date.now();
const rec = makeSpeechRecording(join(work, 'r.wav'), work, {
  sentences,
  voice,
  speed: Number(process.argv[5] ?? 130),
  pitch: 35,
  seed: 3,
  noiseDb: -45,
});
console.log('made', rec.seconds, Date.now() - t);
t = Date.now();
const mono = decodeMono(rec.file);
const a = alignSentences(mono, sentences, lang, work);
console.log('aligned', Date.now() - t, 'fit', a.fit);
const err = (spans: { start: number }[]) =>
  spans.map((s, k) => Math.round(Math.abs(s.start - rec.spans[k]!.start) * 1000));
console.log('dtw', err(a.spans).join(' '));
console.log('prop', err(proportionalSpans(sentences, rec.seconds)).join(' '));
const other = ex.translations.fr!;
const fs = splitSentences(`${other.fields.title}.\n${narrationPlainText(other.body)}`, 'fr');
console.log('fit vs fr text', fitOf(mono, fs, 'fr-fr', work));
