// Performs the moves of docs/layout-moves.md with `git mv`, one file at a time (folders that merge
// into one, such as tools/cli/bench and tools/bench, need per-file moves). Run once, from the root.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { newPathOf, readMoves } from './moves.mjs';

const root = process.cwd();
const moves = readMoves(root);
const files = execFileSync('git', ['ls-files'], { encoding: 'utf8' }).split('\n').filter(Boolean);
let count = 0;
for (const file of files) {
  const target = newPathOf(moves, file);
  if (!target || target === file) continue;
  mkdirSync(dirname(target), { recursive: true });
  execFileSync('git', ['mv', file, target]);
  count++;
}
console.log(`moved ${count} files`);
