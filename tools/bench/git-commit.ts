import { existsSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';

/**
 * The commit checked out in `root`, read from .git's files instead of running git: the benchmark must
 * also run from a tarball or a CI cache without git, and then reports null rather than failing.
 */
export function gitCommit(root: string): string | null {
  const gitDir = findGitDir(root);
  if (!gitDir) return null;
  const head = readText(join(gitDir, 'HEAD'))?.trim();
  if (!head) return null;
  if (/^[0-9a-f]{40}$/.test(head)) return head;
  const ref = /^ref:\s*(\S+)$/.exec(head)?.[1];
  if (!ref) return null;
  // A worktree keeps HEAD in its own folder but refs in the main repository's (named in commondir).
  const commonDir = readText(join(gitDir, 'commondir'))?.trim();
  const refDirs = commonDir ? [gitDir, resolveFrom(gitDir, commonDir)] : [gitDir];
  for (const dir of refDirs) {
    const loose = readText(join(dir, ref))?.trim();
    if (loose && /^[0-9a-f]{40}$/.test(loose)) return loose;
    const packed = readText(join(dir, 'packed-refs'));
    const line = packed?.split('\n').find((l) => l.endsWith(` ${ref}`));
    if (line) return line.slice(0, 40);
  }
  return null;
}

function findGitDir(root: string): string | null {
  const dotGit = join(root, '.git');
  if (!existsSync(dotGit)) return null;
  if (statSync(dotGit).isDirectory()) return dotGit;
  // In a worktree or submodule, .git is a file: "gitdir: <path>".
  const pointer = /^gitdir:\s*(.+)$/m.exec(readText(dotGit) ?? '')?.[1]?.trim();
  return pointer ? resolveFrom(root, pointer) : null;
}

function resolveFrom(base: string, path: string): string {
  return isAbsolute(path) ? path : join(base, path);
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
