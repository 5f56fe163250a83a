import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { ReportOutbox } from '../../src/features/reports/outbox.ts';
import { openReportsDatabase } from '../../src/features/reports/server/database.ts';
import { startTempPostgres } from '../postgres/temp-postgres.ts';
import { waitForHealth } from './reports-load.ts';

export interface ReportsOutageResult {
  database: 'sqlite' | 'postgres';
  /** How long the database was unavailable. */
  downSeconds: number;
  /** What the phone's outbox said of the report sent while the database was down: must be "waiting". */
  whileDown: string;
  /** Seconds from the database's return to the report being acknowledged. */
  arrivedAfterSeconds: number;
  /** Copies of the report stored: must be 1. */
  stored: number;
  /** Whether the service process was still running afterwards (no restart needed). */
  serviceSurvived: boolean;
}

const SERVICE = 'src/features/reports/server/main.ts';

/**
 * The database briefly unavailable: the service runs as its own process; PostgreSQL is stopped (fast
 * shutdown) for `downSeconds`, SQLite is held by another process's exclusive write lock for as long
 * (longer than the service's 5 s busy timeout). Meanwhile a report goes through the phone's own
 * outbox (src/features/reports/outbox.ts, the code the page runs), which must keep it; once the
 * database is back, the outbox sends it again until it is acknowledged, and it must be stored once.
 */
export async function reportsOutage(
  database: 'sqlite' | 'postgres',
  options: { port: number; listingId: string; downSeconds: number },
): Promise<ReportsOutageResult> {
  const postgres = database === 'postgres' ? await startTempPostgres({ durable: true }) : undefined;
  const dataDir = mkdtempSync(join(tmpdir(), 'reports-outage-'));
  const sqliteFile = join(dataDir, 'reports.sqlite');
  const env = {
    ...process.env,
    REPORTS_PORT: String(options.port),
    REPORTS_DATA_DIR: dataDir,
    DATABASE_URL: postgres?.url ?? '',
  };
  const child = spawn(process.execPath, [SERVICE], { env, stdio: 'ignore' });
  let lock: DatabaseSync | undefined;
  try {
    await waitForHealth(options.port);
    const kept = new Map<string, string>();
    const storage = {
      get: (k: string) => kept.get(k) ?? null,
      set: (k: string, v: string | null) => void kept.set(k, v ?? ''),
    };
    const outbox = new ReportOutbox(storage, fetch, `http://127.0.0.1:${options.port}/api/reports`);
    const report = {
      clientReportId: `outage-${process.pid}-${Date.now()}`,
      deviceId: 'outage-device',
      listing: { kind: 'place' as const, id: options.listingId },
      kind: 'hours' as const,
      note: 'sent while the database was down',
    };

    // Down.
    if (postgres) postgres.pause();
    else {
      lock = new DatabaseSync(sqliteFile);
      lock.exec('BEGIN EXCLUSIVE');
    }
    const down = Date.now();
    const whileDown = String(await outbox.submit(report));
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, options.downSeconds * 1000 - (Date.now() - down))));

    // Back: the outbox sends what it kept, as the page does when it is next online.
    if (postgres) postgres.resume();
    else {
      lock?.exec('COMMIT');
      lock?.close();
      lock = undefined;
    }
    const back = Date.now();
    let arrivedAfterSeconds = Number.NaN;
    while (Date.now() - back < 60_000) {
      if ((await outbox.flush()).includes(report.clientReportId)) {
        arrivedAfterSeconds = (Date.now() - back) / 1000;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const db = await openReportsDatabase({ databaseUrl: postgres?.url, sqliteFile });
    const rows = await db.selectFrom('reports').select('id').where('client_id', '=', report.clientReportId).execute();
    await db.destroy();
    return {
      database,
      downSeconds: options.downSeconds,
      whileDown,
      arrivedAfterSeconds,
      stored: rows.length,
      serviceSurvived: child.exitCode === null && child.signalCode === null,
    };
  } finally {
    lock?.close();
    child.kill('SIGTERM');
    postgres?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
