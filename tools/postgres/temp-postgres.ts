import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A throwaway PostgreSQL for tests and the bench: Debian's server binaries, a cluster in a temp
 * folder, listening on a free loopback port, stopped and deleted by `stop()`. PostgreSQL refuses to
 * run as root, so as root (CI, this project's machines) it runs as the `postgres` user the Debian
 * package creates. Missing PostgreSQL is an error, never a skipped test.
 */
export interface TempPostgres {
  url: string;
  /** Stops and deletes the cluster. */
  stop(): void;
  /** Stops the server, keeping its data, as an outage would (`start` brings it back). */
  pause(): void;
  /** Starts the paused server again, on the same port. */
  resume(): void;
}

export function postgresBinDir(): string {
  const fromEnv = process.env.PG_BIN;
  if (fromEnv && existsSync(join(fromEnv, 'initdb'))) return fromEnv;
  const base = '/usr/lib/postgresql';
  const versions = existsSync(base)
    ? readdirSync(base)
        .filter((v) => existsSync(join(base, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length === 0)
    throw new Error(
      "PostgreSQL is not installed: the reports tests run on PostgreSQL as well as SQLite. Install Debian's package (sh tools/cli/ensure-browser.sh does it as root: apt-get install postgresql) or set PG_BIN to the folder holding initdb and pg_ctl.",
    );
  return join(base, versions[0]!, 'bin');
}

export async function startTempPostgres(options: { durable?: boolean } = {}): Promise<TempPostgres> {
  const bin = postgresBinDir();
  const dir = mkdtempSync(join(tmpdir(), 'reports-pg-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
    chownSync(dir, uid, gid);
  }
  const run = (tool: string, args: string[]) =>
    asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', join(bin, tool), ...args], { stdio: 'pipe' })
      : execFileSync(join(bin, tool), args, { stdio: 'pipe' });
  const data = join(dir, 'data');
  const port = await freePort();
  run('initdb', ['-D', data, '-U', 'reports', '-A', 'trust', '-E', 'UTF8', '--no-sync']);
  // fsync off keeps the unit tests quick; the bench's kill -9 run asks for a durable server.
  const serverOptions = `-h 127.0.0.1 -p ${port} -k ${dir}${options.durable ? '' : ' -F'}`;
  run('pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-o', serverOptions, '-w', 'start']);
  let paused = false;
  return {
    url: `postgres://reports@127.0.0.1:${port}/postgres`,
    pause() {
      run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
      paused = true;
    },
    resume() {
      run('pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-o', serverOptions, '-w', 'start']);
      paused = false;
    },
    stop() {
      try {
        if (!paused) run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
