import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { ListingKind, ReportKind, ReportState } from '../report-kinds.ts';
import { migrateToLatest } from './migrations.ts';
import { openNodeSqlite } from './node-sqlite.ts';

/** One visitor report. Times are ISO 8601 strings in UTC, which sort the same in both databases. */
export interface ReportsTable {
  id: string;
  /** Made by the phone, so a report sent twice (offline queue, retry) is stored once. */
  client_id: string;
  listing_kind: ListingKind;
  listing_id: string;
  kind: ReportKind;
  note: string | null;
  /** Salted hashes, never the device id or the IP address themselves. */
  device_hash: string;
  /** Cleared after a few days: only the rate limit needs it. */
  network_hash: string | null;
  created_at: string;
  state: ReportState;
  closed_at: string | null;
  closed_by: string | null;
}

/** Values the service keeps for itself, shared by every instance using the same database. */
export interface SettingsTable {
  name: string;
  value: string;
}

export interface ReportsDatabase {
  reports: ReportsTable;
  service_settings: SettingsTable;
}

export type ReportsDb = Kysely<ReportsDatabase>;

/**
 * PostgreSQL when `databaseUrl` is given (several instances behind nginx share it), otherwise an
 * embedded SQLite file. The same migrations and queries run on both.
 */
export async function openReportsDatabase(options: { databaseUrl?: string; sqliteFile: string }): Promise<ReportsDb> {
  let db: ReportsDb;
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
    // An idle connection that PostgreSQL closes (a restart, a failover) is reported here; with no
    // listener Node treats it as an uncaught error and the whole service stopped. The pool drops that
    // connection and opens a new one for the next query, so a report sent meanwhile gets a 500, waits
    // on the phone and arrives once the database is back.
    pool.on('error', (error) => console.error(`reports service: a PostgreSQL connection failed: ${error.message}`));
    db = new Kysely<ReportsDatabase>({ dialect: new PostgresDialect({ pool }) });
  } else {
    if (options.sqliteFile !== ':memory:') mkdirSync(dirname(options.sqliteFile), { recursive: true });
    db = new Kysely<ReportsDatabase>({ dialect: new SqliteDialect({ database: openNodeSqlite(options.sqliteFile) }) });
  }
  await migrateToLatest(db as unknown as Kysely<unknown>);
  return db;
}
