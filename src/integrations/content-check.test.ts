import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const project = mkdtempSync(join(tmpdir(), 'refused-build-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('a build with a malformed content file', () => {
  it('stops before writing anything, naming the file and field, with no stack trace', () => {
    for (const name of ['astro.config.mjs', 'src', 'package.json', 'tsconfig.json', 'scenes', 'content'])
      cpSync(join(root, name), join(project, name), { recursive: true });
    for (const name of ['node_modules', 'public']) symlinkSync(join(root, name), join(project, name));
    const exhibit = readdirSync(join(project, 'content', 'exhibits')).find((f) => f.endsWith('.vi.md'))!;
    const file = join(project, 'content', 'exhibits', exhibit);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^order: .*$/m, 'order: lots'));
    // The last good site, which must survive the refused build untouched.
    mkdirSync(join(project, 'dist'));
    writeFileSync(join(project, 'dist', 'index.html'), 'the last good site');

    // The build runs as a person runs it: without vitest's variables (with NODE_ENV=test and VITEST set,
    // the refused build left a process behind that never exited and held the whole unit run). A time
    // limit, so a build that hangs fails this test instead of blocking the run (spawnSync blocks the
    // worker, so vitest's own timeout cannot fire).
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([key]) => !/^(VITEST|NODE_ENV$|TEST$|MODE$)/.test(key)),
    );
    const build = spawnSync(process.execPath, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
      cwd: project,
      encoding: 'utf8',
      env: { ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
      timeout: 90_000,
      killSignal: 'SIGKILL',
    });
    const output = build.stdout + build.stderr;
    expect(build.status).toBe(1);
    expect(output).toContain(`content/exhibits/${exhibit} → order: expected a number`);
    expect(output).not.toMatch(/Stack trace|\n\s+at \S+ \(/);
    expect(readdirSync(join(project, 'dist'))).toEqual(['index.html']);
    expect(readFileSync(join(project, 'dist', 'index.html'), 'utf8')).toBe('the last good site');
    expect(existsSync(join(project, 'dist', '_astro'))).toBe(false);
  }, 120_000);
});
