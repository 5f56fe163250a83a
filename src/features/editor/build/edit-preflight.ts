/**
 * Checks before `npm run edit` starts decap-server on a checkout. In git mode decap-server commits
 * with `git add .` and checks branches out in the working tree, so uncommitted work would be swept into
 * an editor's commit; and it keeps drafts on branches named `cms/{collection}/{slug}`, which git cannot
 * create while a branch named `cms` exists.
 */
export interface PreflightInput {
  mode: 'git' | 'fs';
  /** The checked-out branch, or null when this is not a git checkout. */
  branch: string | null;
  /** `git status --porcelain`, or null when git is unavailable. */
  status: string | null;
  branches: string[];
}

export interface Preflight {
  branch: string;
  error?: string;
  warnings: string[];
}

export function editPreflight(input: PreflightInput): Preflight {
  const warnings: string[] = [];
  const branch = input.branch && input.branch !== 'HEAD' ? input.branch : 'main';
  if (input.mode === 'fs') {
    warnings.push('fs mode: changes are saved straight into content/, with no drafts and no review.');
    return { branch, warnings };
  }
  if (input.branch === null || input.status === null) {
    return {
      branch,
      warnings,
      error: 'git mode needs a git checkout. Run inside the repository, or use --mode fs.',
    };
  }
  if (input.branch === 'HEAD') {
    return { branch, warnings, error: 'git mode needs a checked-out branch (this checkout is detached).' };
  }
  // Untracked files count too: `git add .` would commit them (ignored files, as in .gitignore, do not).
  const swept = sweptFiles(input.status);
  if (swept.length > 0) {
    const shown =
      swept.slice(0, MAX_LISTED).join(', ') +
      (swept.length > MAX_LISTED ? `, and ${swept.length - MAX_LISTED} more` : '');
    return {
      branch,
      warnings,
      error:
        `the working tree has uncommitted changes or untracked files, and decap-server commits everything ` +
        `in it ("git add ."): ${shown}. Commit, stash or delete them, add them to .gitignore, or use --mode fs.`,
    };
  }
  if (input.branches.includes('cms')) {
    return {
      branch,
      warnings,
      error:
        'a branch named "cms" exists, and decap-server keeps drafts on branches named "cms/…", which git ' +
        'cannot create beside it. Rename that branch, or use --mode fs.',
    };
  }
  return { branch, warnings };
}

const MAX_LISTED = 20;

/** The paths `git status --porcelain` lists: what `git add .` would put into an editor's commit. */
export function sweptFiles(status: string): string[] {
  return status
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => line.slice(3).replace(/^"|"$/g, ''));
}
