import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { pagesBuiltFrom } from './build-log.ts';
import { ASTRO_TELEMETRY_OFF } from '../install/astro-env.ts';

/**
 * Starts the project's own Astro CLI (what `npx astro …` runs) with the Node that runs the benchmark,
 * so the build is timed without npx's lookup and extra process. `cwd` matters: the content loader
 * reads process.cwd()/content, so the synthetic build runs inside its throwaway project.
 * Output goes to `logFile` (a 6,000-page build log is too long for the terminal).
 */
export function startAstro(projectRoot: string, args: string[], cwd: string, logFile: string): ChildProcess {
  const astroBin = join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const log = createWriteStream(logFile);
  // detached: its own process group, so stopping it also stops anything it started.
  const child = spawn(process.execPath, [astroBin, ...args], {
    cwd,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...ASTRO_TELEMETRY_OFF, NO_COLOR: '1' },
  });
  child.stdout?.pipe(log, { end: false });
  child.stderr?.pipe(log, { end: false });
  child.on('close', () => log.end());
  return child;
}

/**
 * Runs `astro build` (plus `args`) in `cwd` and resolves with its wall-clock time and the page count
 * Astro reports; rejects naming the log on failure.
 */
export async function timedAstroBuild(
  projectRoot: string,
  cwd: string,
  logFile: string,
  args: string[] = [],
): Promise<{ seconds: number; pages: number | undefined }> {
  const started = performance.now();
  const child = startAstro(projectRoot, ['build', ...args], cwd, logFile);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  const code = await exitOf(child);
  if (code !== 0) throw new Error(`astro build in ${cwd} exited with ${code}; see ${logFile}`);
  return { seconds: (performance.now() - started) / 1000, pages: pagesBuiltFrom(output) };
}

/** The child's exit code, once it has closed; the child is killed if the bench itself exits first. */
export async function exitOf(child: ChildProcess): Promise<number | null> {
  const stopOnExit = () => killGroup(child, 'SIGKILL');
  process.once('exit', stopOnExit);
  try {
    return await new Promise<number | null>((resolve, reject) => {
      child.once('error', reject);
      child.once('close', resolve);
    });
  } finally {
    process.off('exit', stopOnExit);
  }
}

/** Signals the child's whole process group; a child that is already gone is not an error. */
export function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already exited between the check and the kill.
  }
}
