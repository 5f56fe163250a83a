import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ReportsTable } from './database.ts';
import type { Listings } from './listings.ts';
import type { ReportStore } from './report-store.ts';
import { sessionOf } from './sign-in.ts';

const stateChange = z.strictObject({
  state: z.enum(['confirmed', 'fixed', 'dismissed'], { error: 'expected state, one of confirmed, fixed, dismissed' }),
});

/**
 * What experts do with reports: read the open ones on the listings they verified (an admin: all),
 * oldest first and grouped by listing, and confirm, fix or dismiss them. Nobody else may.
 */
export function registerExpertRoutes(app: FastifyInstance, store: ReportStore, listings: Listings, now: () => Date) {
  app.get('/api/reports', async (request, reply) => {
    const session = sessionOf(request);
    if (!session) return reply.code(401).send({ error: 'sign in as an expert to read reports' });
    const reports = await store.list({
      listingIds: session.admin ? undefined : listings.verifiedBy(session.expert ?? ''),
      states: ['open', 'confirmed'],
    });
    const groups = new Map<string, ReturnType<typeof forExpert>[]>();
    for (const report of reports) {
      const key = `${report.listing_kind}:${report.listing_id}`;
      groups.set(key, [...(groups.get(key) ?? []), forExpert(report)]);
    }
    return {
      listings: [...groups].map(([key, items]) => {
        const [kind, id] = key.split(':') as [string, string];
        return { kind, id, reports: items };
      }),
    };
  });

  app.post('/api/reports/:id/state', async (request, reply) => {
    const session = sessionOf(request);
    if (!session) return reply.code(401).send({ error: 'sign in as an expert to change a report' });
    const parsed = stateChange.safeParse(request.body);
    if (!parsed.success) return reply.code(400).send({ error: parsed.error.issues[0]!.message });
    const { id } = request.params as { id: string };
    const report = (await store.list()).find((r) => r.id === id);
    if (!report) return reply.code(404).send({ error: `no report ${id}` });
    const verifier = listings.verifierOf(report.listing_kind, report.listing_id);
    if (!session.admin && (!session.expert || session.expert !== verifier))
      return reply
        .code(403)
        .send({ error: `only the expert who verified ${report.listing_id} (or an admin) may do this` });
    const by = session.expert ?? session.github;
    const updated = await store.setState(id, parsed.data.state, by, now());
    // Fixed is said of the listing: the expert re-verifies it in the editor, which settles the rest too.
    const settledOnListing =
      parsed.data.state === 'fixed' ? await store.fixListing(report.listing_kind, report.listing_id, by, now()) : 0;
    return { ...forExpert(updated!), settledOnListing };
  });

  /**
   * How many reports are open on each of the signed-in expert's listings, for the counts on the
   * editors' static pages. Anyone else gets `signedIn: false` with a 200: those pages ask on every
   * load, and a refusal would be an error in every visitor's console.
   */
  app.get('/api/reports/counts', async (request, reply) => {
    reply.header('cache-control', 'no-store');
    const session = sessionOf(request);
    if (!session) return { signedIn: false, listings: [] };
    const counts = await store.openCounts(session.admin ? undefined : listings.verifiedBy(session.expert ?? ''));
    return { signedIn: true, listings: counts };
  });
}

/** The note is data for the expert's screen, which shows it as text; it never leaves as HTML. */
function forExpert(report: ReportsTable) {
  return {
    id: report.id,
    kind: report.kind,
    note: report.note,
    state: report.state,
    receivedAt: report.created_at,
  };
}
