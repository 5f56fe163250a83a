import { execFile, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

export const run = promisify(execFile);

/**
 * Each page of a PDF as PNG bytes, rendered by poppler's pdftoppm as a printer would see it. Fails
 * with what to install when poppler-utils is missing, rather than skipping the check.
 */
export async function pdfPagesAsPng(pdf: string, dpi: number): Promise<Buffer[]> {
  const probe = spawnSync('pdftoppm', ['-v']);
  if (probe.error) {
    throw new Error(
      "pdftoppm is not installed: the label PDF test needs Debian's poppler-utils (apt-get install poppler-utils).",
    );
  }
  const prefix = join(dirname(pdf), 'page');
  await run('pdftoppm', ['-r', String(dpi), '-png', pdf, prefix]);
  return readdirSync(dirname(pdf))
    .filter((name) => /^page-\d+\.png$/.test(name))
    .sort((a, b) => Number(/\d+/.exec(a)?.[0]) - Number(/\d+/.exec(b)?.[0]))
    .map((name) => readFileSync(join(dirname(pdf), name)));
}
