import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { gitCommit } from './git-commit.ts';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const sha = 'a'.repeat(40);

function repo(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'git-'));
  made.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('gitCommit', () => {
  it('follows HEAD to a loose branch ref', () => {
    expect(gitCommit(repo({ '.git/HEAD': 'ref: refs/heads/main\n', '.git/refs/heads/main': `${sha}\n` }))).toBe(sha);
  });

  it('finds a branch that only exists in packed-refs', () => {
    const packed = `# pack-refs with: peeled\n${'b'.repeat(40)} refs/heads/other\n${sha} refs/heads/main\n`;
    expect(gitCommit(repo({ '.git/HEAD': 'ref: refs/heads/main', '.git/packed-refs': packed }))).toBe(sha);
  });

  it('reads a detached HEAD and a worktree whose .git is a file', () => {
    expect(gitCommit(repo({ '.git/HEAD': sha }))).toBe(sha);
    expect(gitCommit(repo({ '.git': 'gitdir: elsewhere', 'elsewhere/HEAD': sha }))).toBe(sha);
  });

  it('is null outside a repository', () => {
    expect(gitCommit(repo({ 'README.md': '' }))).toBeNull();
  });
});
