// The old → new paths of docs/layout-moves.md, shared by move.mjs (made the moves) and fix-imports.mjs
// (repairs imports written against the old layout, e.g. on a branch merged after the move).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function readMoves(root) {
  const text = readFileSync(join(root, 'docs', 'layout-moves.md'), 'utf8');
  const rows = [];
  for (const match of text.matchAll(/^\| `([^`]+)` \| `([^`]+)` \|$/gm)) rows.push({ from: match[1], to: match[2] });
  return rows;
}

/** Where an old path now lives (the longest matching row wins), or undefined if no row covers it. */
export function newPathOf(moves, oldPath) {
  let best;
  for (const row of moves) {
    const hit = row.from.endsWith('/') ? oldPath.startsWith(row.from) : oldPath === row.from;
    if (hit && (!best || row.from.length > best.from.length)) best = row;
  }
  if (!best) return undefined;
  return best.from.endsWith('/') ? best.to + oldPath.slice(best.from.length) : best.to;
}

/** Every old place a file now at `newPath` may have come from (several folders may have merged into one). */
export function oldPathsOf(moves, newPath) {
  const candidates = new Set();
  for (const row of moves) {
    if (row.to.endsWith('/') ? newPath.startsWith(row.to) : newPath === row.to) {
      const old = row.to.endsWith('/') ? row.from + newPath.slice(row.to.length) : row.from;
      if (newPathOf(moves, old) === newPath) candidates.add(old);
    }
  }
  return [...candidates];
}
