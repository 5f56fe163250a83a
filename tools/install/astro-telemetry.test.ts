import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const PROJECT = join(import.meta.dirname, '..', '..');
const run = promisify(execFile);

/** Runs an Astro entry point as a first-time user of this machine would: no CI, an empty config home. */
async function firstRun(entry: string): Promise<{ output: string; configWritten: boolean }> {
  const home = mkdtempSync(join(tmpdir(), 'astro-home-'));
  const { CI: _ci, ...env } = process.env;
  try {
    const { stdout, stderr } = await run(process.execPath, [entry, 'add'], {
      cwd: PROJECT,
      env: { ...env, HOME: home, XDG_CONFIG_HOME: home, APPDATA: home, NO_COLOR: '1' },
    });
    return { output: stdout + stderr, configWritten: existsSync(join(home, 'astro', 'config.json')) };
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

describe("Astro's anonymous telemetry is off for the project", () => {
  it('the npm scripts run Astro through tools/cli/astro.ts, which neither announces nor records telemetry', async () => {
    const [bare, ours] = await Promise.all([
      firstRun('node_modules/astro/bin/astro.mjs'),
      firstRun('tools/cli/astro.ts'),
    ]);
    // Bare Astro on a fresh machine announces collection and stores an opt-in: the test can see it.
    expect(bare.output).toMatch(/collects anonymous usage data/);
    expect(bare.configWritten).toBe(true);
    expect(ours.output).toMatch(/astro add/);
    expect(ours.output).not.toMatch(/anonymous usage data/);
    expect(ours.configWritten).toBe(false);
  }, 90_000);

  it('no npm script starts Astro without it', () => {
    const { scripts } = JSON.parse(readFileSync(join(PROJECT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    const bare = Object.entries(scripts).filter(([, command]) => /(^|[\s&|;])(npx )?astro\s/.test(command));
    expect(bare, 'use "node tools/cli/astro.ts <command>"').toEqual([]);
    expect(scripts.build).toBe('node tools/cli/astro.ts build');
    expect(scripts.dev).toBe('node tools/cli/astro.ts dev');
  });

  it('every script that spawns Astro itself turns telemetry off', () => {
    const spawners = ['tools', 'e2e', 'e2e-engines', 'src'].flatMap((dir) => sourceFiles(join(PROJECT, dir)));
    const starting = spawners.filter((file) => /astro\.mjs|astro check/.test(readFileSync(file, 'utf8')));
    expect(starting.length).toBeGreaterThanOrEqual(4);
    const without = starting.filter(
      (file) => !/ASTRO_TELEMETRY|tools\/cli\/astro\.ts/.test(readFileSync(file, 'utf8')),
    );
    expect(without.map((f) => f.slice(PROJECT.length + 1))).toEqual([]);
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|sh|mjs)$/.test(e.name) && !e.name.endsWith('.test.ts'))
    .map((e) => join(e.parentPath, e.name));
}
