import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
/** @playcanvas/splat-transform's own CLI (bin/cli.mjs), run with this Node. */
// Its exports hide package.json; the main entry is dist/index.cjs, two folders below the package.
export const SPLAT_TRANSFORM_CLI = join(
  dirname(require.resolve('@playcanvas/splat-transform')),
  '..',
  'bin',
  'cli.mjs',
);

export class ConverterError extends Error {
  override name = 'ConverterError';
}

/**
 * Runs splat-transform with `args` (its global options are added: quiet, overwrite, and `-g cpu`
 * because its decimation otherwise asks for a WebGPU adapter a server rarely has). A run past
 * `timeoutMs` is stopped, so a file that makes the converter spin is reported, never waited on.
 */
export function runSplatTransform(args: readonly string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SPLAT_TRANSFORM_CLI, '-q', '-w', '-g', 'cpu', ...args], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000);
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new ConverterError(`the converter did not finish within ${Math.round(timeoutMs / 1000)} s`));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new ConverterError(`the converter could not start: ${error.message}`));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) return resolve();
      // Its last "Error: …" line is the reason; the stack under it is for its developers.
      const reason = /Error: ([^\n]+)/.exec(stderr)?.[1] ?? (stderr.trim().split('\n').pop() || `exit code ${code}`);
      reject(new ConverterError(`the converter refused it: ${reason.trim()}`));
    });
  });
}
