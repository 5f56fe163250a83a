import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { startTempPostgres, type TempPostgres } from '../../../../tools/postgres/temp-postgres.ts';
import { openReportsDatabase, type ReportsDb } from './database.ts';

// PostgreSQL closing the service's idle connections (a restart, a failover) must not stop the service:
// with no listener for the pool's error, Node treated it as uncaught and the process exited.
describe('the reports database on PostgreSQL when its connections are closed', () => {
  let postgres: TempPostgres;
  let db: ReportsDb;
  beforeAll(async () => {
    postgres = await startTempPostgres();
    db = await openReportsDatabase({ databaseUrl: postgres.url, sqliteFile: ':memory:' });
  }, 60_000);
  afterAll(async () => {
    await db?.destroy();
    postgres?.stop();
  });

  it('keeps running and answers the next query on a new connection', async () => {
    const other = await openReportsDatabase({ databaseUrl: postgres.url, sqliteFile: ':memory:' });
    await sql`select pg_terminate_backend(pid) from pg_stat_activity
      where datname = current_database() and pid <> pg_backend_pid()`.execute(other);
    await other.destroy();
    // The pool hears of the closed idle connection a moment later.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const rows = await db.selectFrom('reports').select('id').execute();
    expect(rows).toEqual([]);
  });
});
