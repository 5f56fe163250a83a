import { describe, expect, it } from 'vitest';
import { editPreflight } from './edit-preflight.ts';

const clean = { mode: 'git' as const, branch: 'main', status: '', branches: ['main'] };

describe('editPreflight', () => {
  it('lets a clean checkout edit with the editorial workflow on its own branch', () => {
    expect(editPreflight({ ...clean, branch: 'live', branches: ['live'] })).toEqual({ branch: 'live', warnings: [] });
  });
  it('refuses uncommitted changes, which decap-server would commit with an editor’s change', () => {
    expect(editPreflight({ ...clean, status: ' M content/site.yaml' }).error).toMatch(/uncommitted changes/);
  });
  it('lists the untracked files an editor’s commit would sweep in', () => {
    const error = editPreflight({ ...clean, status: '?? notes.txt\n?? content/places/draft.vi.md\n' }).error;
    expect(error).toMatch(/untracked files.*notes\.txt, content\/places\/draft\.vi\.md\./);
  });
  it('refuses a branch named cms, beside which git cannot create the cms/… draft branches', () => {
    expect(editPreflight({ ...clean, branches: ['main', 'cms'] }).error).toMatch(/branch named "cms"/);
  });
  it('refuses a folder that is not a git checkout, and a detached HEAD', () => {
    expect(editPreflight({ ...clean, branch: null, status: null }).error).toMatch(/git checkout/);
    expect(editPreflight({ ...clean, branch: 'HEAD' }).error).toMatch(/detached/);
  });
  it('fs mode needs no git and says there is no review', () => {
    const result = editPreflight({ mode: 'fs', branch: null, status: null, branches: [] });
    expect(result.error).toBeUndefined();
    expect(result.warnings.join(' ')).toMatch(/no review/);
  });
});
