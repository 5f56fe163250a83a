import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { labelPageFile } from './labels-pdf.ts';

function builtSite(exhibitIds: string[]): string {
  const dist = mkdtempSync(join(tmpdir(), 'labels-dist-'));
  mkdirSync(join(dist, 'print', 'labels'), { recursive: true });
  writeFileSync(join(dist, 'print', 'labels', 'index.html'), '');
  for (const id of exhibitIds) {
    mkdirSync(join(dist, 'print', 'labels', id));
    writeFileSync(join(dist, 'print', 'labels', id, 'index.html'), '');
  }
  return dist;
}

describe('labelPageFile', () => {
  it('prints the A4 sheet, or one exhibit’s label', () => {
    const dist = builtSite(['bronze-drum']);
    expect(labelPageFile(dist, undefined)).toEqual({
      path: '/print/labels/',
      file: join(dist, 'print', 'labels', 'index.html'),
    });
    expect(labelPageFile(dist, 'bronze-drum').path).toBe('/print/labels/bronze-drum/');
  });
  it('says to build first when the site is not built', () => {
    const empty = mkdtempSync(join(tmpdir(), 'labels-empty-'));
    expect(() => labelPageFile(join(empty, 'dist'), undefined)).toThrow(/npm run build/);
  });
  it('names the exhibits it knows when asked for another', () => {
    const dist = builtSite(['bronze-drum', 'whale-skeleton']);
    expect(() => labelPageFile(dist, 'dragon')).toThrow(/"dragon".*bronze-drum, whale-skeleton/);
  });
});
