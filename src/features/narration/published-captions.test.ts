import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../content/loader/load-catalog.ts';
import { parseCaptions, sentenceSpans } from './captions.ts';
import { CAPTION_LIMITS, columns } from './short-cues.ts';
import { narrationPlainText, splitSentences } from './sentences.ts';

const root = process.cwd();
const vttFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? vttFiles(join(dir, entry.name)) : entry.name.endsWith('.vtt') ? [join(dir, entry.name)] : [],
  );

describe('published captions', () => {
  const files = vttFiles(join(root, 'public/audio'));
  it('every cue over the media is at most two lines of 42 columns and seven seconds', () => {
    expect(files.length).toBeGreaterThan(50);
    const tooLong: string[] = [];
    for (const file of files) {
      for (const cue of parseCaptions(readFileSync(file, 'utf8')).cues) {
        const lines = cue.text.split('\n');
        if (
          lines.length > CAPTION_LIMITS.lines ||
          lines.some((l) => columns(l) > CAPTION_LIMITS.lineColumns) ||
          cue.end - cue.start > CAPTION_LIMITS.seconds + 0.001
        )
          tooLong.push(
            `${relative(root, file)} ${cue.start}s: ${cue.text.length} chars, ${(cue.end - cue.start).toFixed(1)} s`,
          );
      }
    }
    expect(tooLong).toEqual([]);
  });
  it("the transcript beside the player reads the narration's whole sentences", () => {
    const catalog = loadCatalog(root);
    let checked = 0;
    for (const exhibit of catalog.exhibits) {
      for (const [lang, translation] of Object.entries(exhibit.translations)) {
        const captions = translation?.fields.audio?.captions;
        if (!translation || !captions) continue;
        const spoken = splitSentences(
          `${translation.fields.title}.\n${narrationPlainText(translation.body)}`,
          lang as never,
        ).map((s) => s.replace(/\s+/g, ' '));
        const transcript = sentenceSpans(parseCaptions(readFileSync(join(root, 'public', captions), 'utf8')).cues);
        expect(
          transcript.map((s) => s.text),
          `${exhibit.id}.${lang}`,
        ).toEqual(spoken);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });
});
