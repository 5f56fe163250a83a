import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openReportsDatabase } from '../../src/features/reports/server/database.ts';
import { ReportStore } from '../../src/features/reports/server/report-store.ts';
import { startTempPostgres } from '../postgres/temp-postgres.ts';

export interface ReportsLoadResult {
  database: 'sqlite' | 'postgres';
  seconds: number;
  acknowledged: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Acknowledged reports not found in the database afterwards: must be 0. */
  lost: number;
  /** The same after `kill -9` of the service in the middle of the load, then a restart. */
  killRun: { acknowledged: number; lost: number };
}

const SERVICE = 'src/features/reports/server/main.ts';

/**
 * Loopback load on the reports service, run as its own process (so `kill -9` is real), with a
 * bounded number of concurrent senders; every acknowledged report is then looked up in the database.
 */
export async function reportsLoad(
  database: 'sqlite' | 'postgres',
  options: { port: number; seconds: number; concurrency: number; listingId: string },
): Promise<ReportsLoadResult> {
  const postgres = database === 'postgres' ? await startTempPostgres({ durable: true }) : undefined;
  const dataDir = mkdtempSync(join(tmpdir(), 'reports-bench-'));
  const env = {
    ...process.env,
    REPORTS_PORT: String(options.port),
    REPORTS_DATA_DIR: dataDir,
    DATABASE_URL: postgres?.url ?? '',
    REPORTS_LIMIT_PER_DEVICE: '1000000',
    REPORTS_LIMIT_PER_NETWORK: '1000000',
  };
  const start = async () => {
    const child = spawn(process.execPath, [SERVICE], { env, stdio: 'ignore' });
    await waitForHealth(options.port);
    return child;
  };
  try {
    let child = await start();
    const steady = await load(options, options.seconds);
    const killLoad = load(options, options.seconds);
    await new Promise((resolve) => setTimeout(resolve, (options.seconds * 1000) / 2));
    child.kill('SIGKILL');
    const killed = await killLoad;
    child = await start();
    const db = await openReportsDatabase({ databaseUrl: postgres?.url, sqliteFile: join(dataDir, 'reports.sqlite') });
    const store = new ReportStore(db);
    const missing = async (ids: string[]) => {
      let lost = 0;
      for (const id of ids) if (!(await store.byClientId(id))) lost += 1;
      return lost;
    };
    const result: ReportsLoadResult = {
      database,
      seconds: options.seconds,
      acknowledged: steady.acknowledged.length,
      perSecond: Math.round(steady.acknowledged.length / options.seconds),
      p50Ms: percentile(steady.latencies, 0.5),
      p99Ms: percentile(steady.latencies, 0.99),
      lost: await missing(steady.acknowledged),
      killRun: { acknowledged: killed.acknowledged.length, lost: await missing(killed.acknowledged) },
    };
    await db.destroy();
    stop(child);
    return result;
  } finally {
    postgres?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

let sequence = 0;
async function load(options: { port: number; concurrency: number; listingId: string }, seconds: number) {
  const until = Date.now() + seconds * 1000;
  const acknowledged: string[] = [];
  const latencies: number[] = [];
  const url = `http://127.0.0.1:${options.port}/api/reports`;
  const sender = async (worker: number) => {
    while (Date.now() < until) {
      sequence += 1;
      const clientReportId = `bench-${process.pid}-${worker}-${sequence}`;
      const started = performance.now();
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            clientReportId,
            deviceId: `bench-device-${worker}`,
            listing: { kind: 'place', id: options.listingId },
            kind: 'hours',
            note: 'opens at nine now',
          }),
        });
        await response.arrayBuffer();
        if (response.status === 201 || response.status === 200) {
          acknowledged.push(clientReportId);
          latencies.push(performance.now() - started);
        }
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 50)); // the service is down (kill -9)
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, (_, worker) => sender(worker)));
  return { acknowledged, latencies };
}

export async function waitForHealth(port: number): Promise<void> {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the reports service did not answer on port ${port} within 3 minutes`);
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]! * 10) / 10;
}

function stop(child: ChildProcess) {
  child.kill('SIGTERM');
}
