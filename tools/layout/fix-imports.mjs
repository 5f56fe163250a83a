// Repairs relative imports broken by the moves of docs/layout-moves.md: for every source file, an import
// that does not resolve is read from the file's old place, the old target is looked up in the table,
// and the import is pointed at the target's new place. Imports that resolve are left alone, so it can
// run again after merging a branch written against the old layout. `--dry` prints without writing.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { newPathOf, oldPathsOf, readMoves } from './moves.mjs';

const root = process.cwd();
const dry = process.argv.includes('--dry');
const moves = readMoves(root);
const SOURCE = /\.(ts|tsx|mts|mjs|js|astro|css)$/;
const SPECIFIER = /((?:from|import|new URL\(|vi\.mock\(|require\(|import\(|src=)\s*)(['"])(\.\.?\/[^'"]*)\2/g;

const exists = (path) => existsSync(join(root, path));
const isFile = (path) => exists(path) && statSync(join(root, path)).isFile();

function relative(fromFile, toPath) {
  let spec = posix.relative(posix.dirname(fromFile), toPath);
  if (!spec.startsWith('.')) spec = `./${spec}`;
  return spec;
}

const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' })
  .split('\n')
  .filter((f) => SOURCE.test(f) && isFile(f));
let changed = 0;
for (const file of files) {
  const text = readFileSync(join(root, file), 'utf8');
  const origins = [file, ...oldPathsOf(moves, file)];
  const next = text.replace(SPECIFIER, (whole, head, quote, spec) => {
    const [bare, query = ''] = spec.split(/(?=\?)/);
    if (exists(posix.normalize(posix.join(posix.dirname(file), bare)))) return whole;
    for (const origin of origins) {
      const oldTarget = posix.normalize(posix.join(posix.dirname(origin), bare)).replace(/\/$/, '');
      const newTarget =
        newPathOf(moves, oldTarget) ?? newPathOf(moves, `${oldTarget}/`)?.replace(/\/$/, '') ?? oldTarget;
      if (exists(newTarget)) {
        const trailing = bare.endsWith('/') ? '/' : '';
        return `${head}${quote}${relative(file, newTarget)}${trailing}${query}${quote}`;
      }
    }
    console.warn(`${file}: cannot resolve ${spec}`);
    return whole;
  });
  if (next !== text) {
    changed++;
    if (dry) console.log(`would fix ${file}`);
    else writeFileSync(join(root, file), next);
  }
}
console.log(`${dry ? 'would fix' : 'fixed'} imports in ${changed} files`);
