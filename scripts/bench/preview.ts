import { once } from 'node:events';
import { join } from 'node:path';
import { killGroup, startAstro } from './astro-process.ts';

export type Preview = { origin: string; stop: () => Promise<void> };

const host = '127.0.0.1';
const port = 4330;

/**
 * Serves the build in `distDir` with `astro preview` on 127.0.0.1:4330 and resolves once it answers. The
 * caller must call stop() in a finally; a process 'exit' hook also kills it if the run dies first.
 */
export async function startPreview(projectRoot: string, distDir: string, logDir: string): Promise<Preview> {
  const origin = `http://${host}:${port}`;
  // Measuring a server someone else left running would report their site, not this build.
  if (await answers(origin)) throw new Error(`port ${port} is already in use; stop whatever serves ${origin}`);
  // --ignore-lock: Astro allows one locked preview per project, and a teammate's (or the e2e run's)
  // may already hold it; ours runs alongside on its own port and leaves their lock file alone.
  const args = ['preview', '--port', String(port), '--host', host, '--ignore-lock', '--outDir', distDir];
  const logFile = join(logDir, 'preview.log');
  const child = startAstro(projectRoot, args, projectRoot, logFile);
  const killOnExit = () => killGroup(child, 'SIGKILL');
  process.once('exit', killOnExit);
  const stop = async () => {
    process.off('exit', killOnExit);
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    killGroup(child, 'SIGTERM');
    const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };
  try {
    await waitUntilAnswering(`${origin}/vi/`, () => child.exitCode !== null, logFile);
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin, stop };
}

async function waitUntilAnswering(url: string, exited: () => boolean, logFile: string): Promise<void> {
  const timeoutMs = 30_000;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited()) throw new Error(`astro preview exited before serving ${url}; see ${logFile}`);
    if (await answers(url)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`astro preview did not answer ${url} within ${timeoutMs / 1000} s`);
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
    await response.body?.cancel();
    return true;
  } catch {
    return false;
  }
}
