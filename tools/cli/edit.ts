/**
 * `npm run edit`: the site in development mode and decap-server (Decap CMS's local backend) together,
 * so a local expert edits at http://localhost:4321/admin/ and sees the change on the site at once.
 * Ctrl+C stops both; if either stops, the other is stopped too.
 *
 * Options: --port (the site, default 4321), --decap-port (decap-server, default DECAP_SERVER_PORT or
 * 8081), --mode git|fs (default git: the editorial workflow, drafts on local branches cms/…; fs: saves
 * straight into the files, no workflow), --root (the checkout, default the current folder).
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { editPreflight } from '../../src/features/editor/build/edit-preflight.ts';
import { ASTRO_TELEMETRY_OFF } from '../install/astro-env.ts';
import { startGuard } from '../../src/features/editor/build/local-guard.ts';
import { freePort } from '../../src/features/editor/build/free-port.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4321' },
    'decap-port': { type: 'string', default: process.env.DECAP_SERVER_PORT ?? '8081' },
    mode: { type: 'string', default: 'git' },
    root: { type: 'string', default: process.cwd() },
  },
});
const root = resolve(values.root);
const mode = values.mode === 'fs' ? 'fs' : 'git';
const git = (...args: string[]) => {
  try {
    return execFileSync('git', ['-C', root, ...args], { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    return null;
  }
};

const preflight = editPreflight({
  mode,
  branch: git('rev-parse', '--abbrev-ref', 'HEAD'),
  status: git('status', '--porcelain'),
  branches: (git('branch', '--format=%(refname:short)') ?? '').split('\n').filter(Boolean),
});
for (const warning of preflight.warnings) console.warn(`⚠ ${warning}`);
if (preflight.error) {
  console.error(`✗ ${preflight.error}`);
  process.exit(1);
}

const require = createRequire(import.meta.url);
const decapServer = require.resolve('decap-server/dist/index.js');
const astro = join(dirname(require.resolve('astro/package.json')), 'bin/astro.mjs');
const children: ChildProcess[] = [];
let stopping = false;

function start(name: string, command: string, args: string[], env: Record<string, string>) {
  const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: 'inherit' });
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`${name} stopped (${signal ?? `exit code ${code}`}); stopping the rest.`);
      stop(code ?? 1);
    }
  });
  children.push(child);
}

function stop(code: number) {
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 500).unref();
}

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

// decap-server checks no Host or Origin, so it listens on a port only the guard in front of it uses;
// the editor talks to the guard on --decap-port (src/lib/cms/local-guard.ts).
const decapPort = Number(values['decap-port']);
const innerPort = await freePort();
const guard = await startGuard({ guardPort: decapPort, sitePort: Number(values.port), upstreamPort: innerPort });
process.on('exit', () => guard.close());

start('decap-server', process.execPath, [decapServer], {
  PORT: String(innerPort),
  MODE: mode,
  GIT_REPO_DIRECTORY: root,
  // Only this machine may write to the checkout through decap-server.
  BIND_HOST: '127.0.0.1',
});
start('astro dev', process.execPath, [astro, 'dev', '--port', values.port], {
  ...ASTRO_TELEMETRY_OFF,
  DECAP_SERVER_PORT: values['decap-port'],
  // Drafts branch off, and publish into, the branch that is checked out.
  CMS_GITHUB_BRANCH: preflight.branch,
});
console.log(
  `\nEdit at http://localhost:${values.port}/admin/ — the site is at http://localhost:${values.port}/` +
    ` (decap-server ${mode} mode on 127.0.0.1:${decapPort}, answering only this machine). Ctrl+C stops both.\n`,
);
