import { randomUUID } from 'node:crypto';
import type { ListingKind, ReportKind, ReportState } from '../report-kinds.ts';
import type { ReportsDb, ReportsTable } from './database.ts';

export interface NewReport {
  clientId: string;
  listingKind: ListingKind;
  listingId: string;
  kind: ReportKind;
  note: string | null;
  deviceHash: string;
  networkHash: string;
  createdAt: Date;
}

/** Every query the service makes, written once through Kysely for SQLite and PostgreSQL alike. */
export class ReportStore {
  readonly db: ReportsDb;
  constructor(db: ReportsDb) {
    this.db = db;
  }

  /** Stores a report once per client id; a repeat returns the stored one and `created: false`. */
  async add(report: NewReport): Promise<{ report: ReportsTable; created: boolean }> {
    const inserted = await this.db
      .insertInto('reports')
      .values({
        id: randomUUID(),
        client_id: report.clientId,
        listing_kind: report.listingKind,
        listing_id: report.listingId,
        kind: report.kind,
        note: report.note,
        device_hash: report.deviceHash,
        network_hash: report.networkHash,
        created_at: report.createdAt.toISOString(),
        state: 'open',
        closed_at: null,
        closed_by: null,
      })
      .onConflict((oc) => oc.column('client_id').doNothing())
      .executeTakeFirst();
    const stored = await this.byClientId(report.clientId);
    if (!stored) throw new Error(`report ${report.clientId} was neither stored nor found`);
    return { report: stored, created: Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0 };
  }

  byClientId(clientId: string): Promise<ReportsTable | undefined> {
    return this.db.selectFrom('reports').selectAll().where('client_id', '=', clientId).executeTakeFirst();
  }

  /** How many reports came from this device and from this network since `since`. */
  async recentCounts(
    deviceHash: string,
    networkHash: string,
    since: Date,
  ): Promise<{ device: number; network: number }> {
    const count = async (column: 'device_hash' | 'network_hash', hash: string) => {
      const row = await this.db
        .selectFrom('reports')
        .select((eb) => eb.fn.countAll<string | number>().as('n'))
        .where(column, '=', hash)
        .where('created_at', '>=', since.toISOString())
        .executeTakeFirstOrThrow();
      return Number(row.n);
    };
    return { device: await count('device_hash', deviceHash), network: await count('network_hash', networkHash) };
  }

  /** Reports, oldest first; by listing and state when asked. */
  list(filter: { listingIds?: string[]; states?: ReportState[] } = {}): Promise<ReportsTable[]> {
    let query = this.db.selectFrom('reports').selectAll();
    if (filter.listingIds) {
      if (filter.listingIds.length === 0) return Promise.resolve([]);
      query = query.where('listing_id', 'in', filter.listingIds);
    }
    if (filter.states) query = query.where('state', 'in', filter.states);
    return query.orderBy('created_at').orderBy('id').execute();
  }

  count(): Promise<number> {
    return this.db
      .selectFrom('reports')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .executeTakeFirstOrThrow()
      .then((row) => Number(row.n));
  }

  async setState(id: string, state: ReportState, by: string, at: Date): Promise<ReportsTable | undefined> {
    const closed = state === 'fixed' || state === 'dismissed';
    await this.db
      .updateTable('reports')
      .set({ state, closed_by: by, closed_at: closed ? at.toISOString() : null })
      .where('id', '=', id)
      .execute();
    return this.db.selectFrom('reports').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /**
   * Marking a listing fixed settles every report still open on it (open or confirmed): the expert
   * re-verifies the whole listing, so what visitors reported about it is checked. Returns how many.
   */
  async fixListing(kind: ListingKind, id: string, by: string, at: Date): Promise<number> {
    const result = await this.db
      .updateTable('reports')
      .set({ state: 'fixed', closed_by: by, closed_at: at.toISOString() })
      .where('listing_kind', '=', kind)
      .where('listing_id', '=', id)
      .where('state', 'in', ['open', 'confirmed'])
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  /** Reports not yet settled (open or confirmed) per listing, for the editors' pages' counts. */
  async openCounts(listingIds?: string[]): Promise<{ kind: string; id: string; open: number }[]> {
    if (listingIds?.length === 0) return [];
    let query = this.db
      .selectFrom('reports')
      .select((eb) => ['listing_kind', 'listing_id', eb.fn.countAll<string | number>().as('n')])
      .where('state', 'in', ['open', 'confirmed']);
    if (listingIds) query = query.where('listing_id', 'in', listingIds);
    const rows = await query.groupBy(['listing_kind', 'listing_id']).orderBy('listing_id').execute();
    return rows.map((row) => ({ kind: row.listing_kind, id: row.listing_id, open: Number(row.n) }));
  }

  /**
   * Privacy by expiry: network hashes go after `networkDays` (only the rate limit needed them), and
   * closed reports (fixed or dismissed) are deleted `closedDays` after they were closed.
   */
  async purge(now: Date, retention: { networkDays: number; closedDays: number }): Promise<void> {
    const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();
    await this.db
      .updateTable('reports')
      .set({ network_hash: null })
      .where('created_at', '<', daysAgo(retention.networkDays))
      .where('network_hash', 'is not', null)
      .execute();
    await this.db
      .deleteFrom('reports')
      .where('state', 'in', ['fixed', 'dismissed'])
      .where('closed_at', '<', daysAgo(retention.closedDays))
      .execute();
  }

  /** A value kept in the database, created once (the first instance to ask wins). */
  async setting(name: string, create: () => string): Promise<string> {
    await this.db
      .insertInto('service_settings')
      .values({ name, value: create() })
      .onConflict((oc) => oc.column('name').doNothing())
      .execute();
    const row = await this.db
      .selectFrom('service_settings')
      .select('value')
      .where('name', '=', name)
      .executeTakeFirstOrThrow();
    return row.value;
  }
}
