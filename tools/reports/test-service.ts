import { afterAll, beforeAll } from 'vitest';
import { startTempPostgres, type TempPostgres } from '../postgres/temp-postgres.ts';
import { buildReportsService, type ReportsServiceOptions } from '../../src/features/reports/server/app.ts';
import { openReportsDatabase, type ReportsDb } from '../../src/features/reports/server/database.ts';
import { listingsFromCatalog } from '../../src/features/reports/server/listings.ts';
import { ReportStore } from '../../src/features/reports/server/report-store.ts';

/** Both databases the service runs on; every service test runs once per database. */
export const DATABASES = ['sqlite', 'postgres'] as const;
export type DatabaseName = (typeof DATABASES)[number];

export const TEST_LISTINGS = listingsFromCatalog({
  places: [
    { id: 'bai-chay-beach', verifiedBy: 'nguyen-thi-lan' },
    { id: 'sun-world', verifiedBy: 'tran-van-minh' },
  ],
  exhibits: [{ id: 'bronze-drum' }],
  experts: [
    { id: 'nguyen-thi-lan', github: 'lan-nguyen' },
    { id: 'tran-van-minh', github: 'minh-tran' },
  ],
} as never);

/**
 * Opens a fresh database of the given kind for a describe block (PostgreSQL in a temp cluster that
 * afterAll stops) and hands back a function building the service on it.
 */
export function useReportsDatabase(name: DatabaseName) {
  let postgres: TempPostgres | undefined;
  const context = { db: undefined as unknown as ReportsDb, store: undefined as unknown as ReportStore };
  beforeAll(async () => {
    if (name === 'postgres') postgres = await startTempPostgres();
    context.db = await openReportsDatabase({ databaseUrl: postgres?.url, sqliteFile: ':memory:' });
    context.store = new ReportStore(context.db);
  }, 60_000);
  afterAll(async () => {
    await context.db?.destroy();
    postgres?.stop();
  });
  return {
    context,
    service: (options: Partial<ReportsServiceOptions> = {}) =>
      buildReportsService({ store: context.store, listings: TEST_LISTINGS, ...options }),
  };
}

let sequence = 0;
/** A valid report; each call gets its own client report id. */
export function validReport(overrides: Record<string, unknown> = {}) {
  sequence += 1;
  return {
    clientReportId: `report-${Date.now()}-${sequence}`,
    deviceId: 'device-0001',
    listing: { kind: 'place', id: 'bai-chay-beach' },
    kind: 'closed',
    note: 'The gate is locked and the sign says closed for good.',
    ...overrides,
  };
}
