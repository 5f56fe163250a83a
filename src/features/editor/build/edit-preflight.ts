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
  if (input.status.trim() !== '') {
    return {
      branch,
      warnings,
      error:
        'the working tree has uncommitted changes, and decap-server commits everything in it. ' +
        'Commit or stash them first (git status shows them), or use --mode fs.',
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
