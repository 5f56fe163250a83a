import type { FastifyInstance } from 'fastify';
import { LISTING_KINDS, type ListingKind } from '../report-kinds.ts';
import type { Listings } from './listings.ts';
import type { ReportStore } from './report-store.ts';

/** Reports from this many different devices, agreeing on what is wrong, make a public notice. */
export const AGREEING_DEVICES = 2;

/**
 * GET /api/reports/status/:kind/:id — what a listing's page may say about open reports: a kind of
 * problem is shown once two devices agree on it or the expert confirmed it. Notes and hashes stay
 * private; the page works the same without this endpoint.
 */
export function registerStatusRoute(app: FastifyInstance, store: ReportStore, listings: Listings) {
  app.get('/api/reports/status/:kind/:id', async (request, reply) => {
    const { kind, id } = request.params as { kind: string; id: string };
    if (!(LISTING_KINDS as readonly string[]).includes(kind) || !listings.has(kind as ListingKind, id))
      return reply.code(404).send({ error: `unknown ${kind}: ${id}` });
    const reports = await store.list({ listingIds: [id], states: ['open', 'confirmed'] });
    const byKind = new Map<string, { devices: Set<string>; confirmed: boolean; since: string }>();
    for (const report of reports) {
      if (report.listing_kind !== kind) continue;
      const entry = byKind.get(report.kind) ?? { devices: new Set(), confirmed: false, since: report.created_at };
      entry.devices.add(report.device_hash);
      entry.confirmed ||= report.state === 'confirmed';
      byKind.set(report.kind, entry);
    }
    const notices = [...byKind]
      .filter(([, entry]) => entry.confirmed || entry.devices.size >= AGREEING_DEVICES)
      .map(([problem, entry]) => ({ kind: problem, since: entry.since, confirmed: entry.confirmed }));
    reply.header('cache-control', 'no-cache');
    return { notices, checkedBy: listings.verifierOf(kind as ListingKind, id) ?? null };
  });
}
