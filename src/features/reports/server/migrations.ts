import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';

/**
 * The schema's history, in code so it ships with the service and runs the same on SQLite and
 * PostgreSQL. Add a migration; never edit one that has run somewhere.
 */
const MIGRATIONS: Record<string, Migration> = {
  '2026-12-05-reports': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('reports')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('client_id', 'text', (c) => c.notNull().unique())
        .addColumn('listing_kind', 'text', (c) => c.notNull())
        .addColumn('listing_id', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('device_hash', 'text', (c) => c.notNull())
        .addColumn('network_hash', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull().defaultTo('open'))
        .addColumn('closed_at', 'text')
        .addColumn('closed_by', 'text')
        .execute();
      await db.schema.createIndex('reports_listing').on('reports').columns(['listing_id', 'state']).execute();
      await db.schema.createIndex('reports_device').on('reports').columns(['device_hash', 'created_at']).execute();
      await db.schema.createIndex('reports_network').on('reports').columns(['network_hash', 'created_at']).execute();
      await db.schema
        .createTable('service_settings')
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();
    },
  },
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

export async function migrateToLatest(db: Kysely<unknown>): Promise<void> {
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed)
    throw new Error(
      `The reports database could not be migrated${failed ? ` (${failed.migrationName})` : ''}: ${error}`,
    );
}
