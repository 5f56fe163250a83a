import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { noCodeFrontMatter } from './no-code-front-matter.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');

/** Bundles gray-matter as the editor does, runs it on `text`, and says what happened. */
async function parseBundled(text: string, withPlugin: boolean) {
  const seen = { enginesReplaced: 0 };
  const result = await build({
    absWorkingDir: ROOT,
    stdin: {
      contents: `import matter from 'gray-matter';
        export function parse(text) { return matter(text, { language: 'yaml', delimiters: '---' }).data; }`,
      resolveDir: ROOT,
      loader: 'js',
    },
    bundle: true,
    format: 'cjs',
    platform: 'node',
    write: false,
    logLevel: 'silent',
    plugins: withPlugin ? [noCodeFrontMatter(seen)] : [],
  });
  // gray-matter requires fs at run time: load the bundle as CommonJS from a file.
  const folder = mkdtempSync(join(tmpdir(), 'front-matter-'));
  const file = join(folder, 'bundle.cjs');
  writeFileSync(file, result.outputFiles[0]?.text ?? '');
  const module = createRequire(import.meta.url)(file) as { parse: (text: string) => unknown };
  rmSync(folder, { recursive: true, force: true });
  const global = globalThis as { frontMatterRan?: string };
  delete global.frontMatterRan;
  let outcome: unknown;
  try {
    outcome = module.parse(text);
  } catch (error) {
    outcome = error instanceof Error ? error.message : String(error);
  }
  return { outcome, ran: global.frontMatterRan, seen };
}

const CODE = "---js\n{ title: (globalThis.frontMatterRan = 'yes', 'Bronze drum') }\n---\nBody\n";

describe('the editor bundle’s front-matter parser', () => {
  it('evaluates ---js front matter without the plugin (the hole this closes)', async () => {
    const { ran } = await parseBundled(CODE, false);
    expect(ran).toBe('yes');
  });

  it('refuses ---js and ---javascript front matter with the plugin, running nothing', async () => {
    for (const text of [CODE, CODE.replace('---js', '---javascript'), CODE.replace('---js', '--- JS')]) {
      const { outcome, ran, seen } = await parseBundled(text, true);
      expect(ran, text).toBeUndefined();
      expect(outcome).toMatch(/JavaScript \(---js\) is refused/);
      expect(seen.enginesReplaced).toBe(1);
    }
  });

  it('still reads YAML front matter', async () => {
    const { outcome } = await parseBundled('---\ntitle: Bronze drum\n---\nBody\n', true);
    expect(outcome).toEqual({ title: 'Bronze drum' });
  });
});
