import { DatabaseSync, type SQLInputValue } from 'node:sqlite';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/**
 * Node's built-in SQLite (node:sqlite, no native build to download or compile) shaped as the
 * database Kysely's SqliteDialect expects. Kysely's dialect is written for better-sqlite3, whose
 * statements carry a `reader` flag and take parameters as an array; node:sqlite's take them spread
 * and tell whether they return rows through columns() (kysely-org/kysely#1292 asks for a built-in
 * dialect). WAL lets readers (the experts' view) work while the service writes; synchronous = FULL
 * makes an acknowledged report survive a power cut as well as a killed process.
 */
export function openNodeSqlite(file: string): SqliteDatabase {
  const db = new DatabaseSync(file);
  db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000;');
  return {
    close: () => db.close(),
    prepare(sql: string): SqliteStatement {
      const statement = db.prepare(sql);
      const args = (parameters: ReadonlyArray<unknown>) => parameters.map(toSqlite);
      return {
        reader: statement.columns().length > 0,
        all: (parameters) => statement.all(...args(parameters)),
        run: (parameters) => statement.run(...args(parameters)),
        iterate: (parameters) => statement.iterate(...args(parameters)),
      };
    },
  };
}

/** node:sqlite refuses booleans and undefined; better-sqlite3 (which Kysely targets) takes them. */
function toSqlite(value: unknown): SQLInputValue {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value === undefined) return null;
  return value as SQLInputValue;
}
