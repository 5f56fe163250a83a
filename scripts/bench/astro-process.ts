import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';

/**
 * Starts the project's own Astro CLI (what `npx astro …` runs) with the Node that runs the benchmark,
 * so the build is timed without npx's lookup and extra process. `cwd` is the project root the build
 * reads: the content loader uses process.cwd(), so it must be the project, not this repository.
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
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
  });
  child.stdout?.pipe(log, { end: false });
  child.stderr?.pipe(log, { end: false });
  child.on('close', () => log.end());
  return child;
}

/** Runs `astro build` in `cwd` and resolves with its wall-clock time; rejects naming the log on failure. */
export async function timedAstroBuild(projectRoot: string, cwd: string, logFile: string): Promise<number> {
  const started = performance.now();
  const child = startAstro(projectRoot, ['build'], cwd, logFile);
  const stopOnExit = () => killGroup(child, 'SIGKILL');
  process.once('exit', stopOnExit);
  try {
    const code = await new Promise<number | null>((resolve, reject) => {
      child.once('error', reject);
      child.once('close', resolve);
    });
    if (code !== 0) throw new Error(`astro build in ${cwd} exited with ${code}; see ${logFile}`);
  } finally {
    process.off('exit', stopOnExit);
  }
  return (performance.now() - started) / 1000;
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
