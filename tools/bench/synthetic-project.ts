import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// Everything a build needs except content/. The code is copied: through a symlinked src/, Vite sees
// the real paths and builds pages without their CSS. public/ and node_modules/ are only read, so
// they are linked.
const copied = ['astro.config.mjs', 'src', 'package.json', 'tsconfig.json', 'scenes'];
const linked = ['public', 'node_modules'];

/** A fresh copy of the project in `dir` whose content is the real content plus `files` (paths under content/). */
export function writeSyntheticProject(projectRoot: string, dir: string, files: { path: string; text: string }[]): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const name of copied) {
    if (existsSync(join(projectRoot, name))) cpSync(join(projectRoot, name), join(dir, name), { recursive: true });
  }
  for (const name of linked) {
    if (existsSync(join(projectRoot, name))) symlinkSync(join(projectRoot, name), join(dir, name));
  }
  cpSync(join(projectRoot, 'content'), join(dir, 'content'), { recursive: true });
  for (const file of files) writeFileSync(join(dir, 'content', file.path), file.text);
}
