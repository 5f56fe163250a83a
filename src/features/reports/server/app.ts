import { randomBytes } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { saltedHash } from './hash.ts';
import type { Listings } from './listings.ts';
import { registerExpertRoutes } from './expert-routes.ts';
import { describeProblem, reportRequestSchema } from './report-request.ts';
import type { ReportStore } from './report-store.ts';
import { registerSignIn, type SignInConfig } from './sign-in.ts';
import { registerStatusRoute } from './status-route.ts';

export interface ReportsServiceOptions {
  store: ReportStore;
  listings: Listings;
  now?: () => Date;
  /** Reports per device and per network (one IP address, hashed) in a sliding hour. */
  limits?: { perDevicePerHour: number; perNetworkPerHour: number };
  /** Behind nginx: trust its X-Forwarded-For so each visitor's network is told apart. */
  trustProxy?: FastifyServerOptions['trustProxy'];
  logger?: FastifyServerOptions['logger'];
  signIn?: SignInConfig;
}

/** A report is a few hundred bytes; anything much larger is refused before it is read. */
export const BODY_LIMIT_BYTES = 4096;

/** The reports service: Fastify routes under /api/, answering every refusal with `{ error }`. */
export async function buildReportsService(options: ReportsServiceOptions): Promise<FastifyInstance> {
  const { store, listings } = options;
  const now = options.now ?? (() => new Date());
  const limits = options.limits ?? { perDevicePerHour: 10, perNetworkPerHour: 60 };
  const salt = await store.setting('hash-salt', () => randomBytes(32).toString('base64url'));
  const app = Fastify({
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: options.trustProxy ?? false,
    // The default request log carries the client's address; this service never records it.
    logger: options.logger ?? false,
  });
  const cookieSecret = await store.setting('cookie-secret', () => randomBytes(32).toString('base64url'));
  await app.register(fastifyCookie, { secret: cookieSecret });
  registerSignIn(app, options.signIn ?? { admins: [], localSignIn: false, secureCookies: true }, listings);
  registerExpertRoutes(app, store, listings, now);
  registerStatusRoute(app, store, listings);

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
    if (status >= 500) request.log.error(error);
    reply.code(status).send({ error: status >= 500 ? 'the reports service failed; try again later' : error.message });
  });
  app.setNotFoundHandler((request, reply) => {
    reply.code(404).send({ error: `no such address: ${request.method} ${request.url.split('?')[0]}` });
  });

  app.get('/api/health', async () => ({ ok: true }));

  app.post('/api/reports', async (request, reply) => {
    if (typeof request.body !== 'object' || request.body === null || Array.isArray(request.body))
      return reply.code(400).send({ error: 'expected a JSON object describing the report' });
    const parsed = reportRequestSchema.safeParse(request.body);
    if (!parsed.success) return reply.code(400).send({ error: describeProblem(parsed.error) });
    const body = parsed.data;
    if (!listings.has(body.listing.kind, body.listing.id))
      return reply.code(422).send({ error: `unknown ${body.listing.kind}: ${body.listing.id}` });

    const existing = await store.byClientId(body.clientReportId);
    if (existing) return reply.code(200).send(received(existing));

    const at = now();
    const deviceHash = saltedHash(salt, `device:${body.deviceId}`);
    const networkHash = saltedHash(salt, `network:${request.ip}`);
    const recent = await store.recentCounts(deviceHash, networkHash, new Date(at.getTime() - 3_600_000));
    if (recent.device >= limits.perDevicePerHour || recent.network >= limits.perNetworkPerHour)
      return reply
        .code(429)
        .header('retry-after', '3600')
        .send({ error: 'too many reports from this device or network; try again in an hour' });

    const { report, created } = await store.add({
      clientId: body.clientReportId,
      listingKind: body.listing.kind,
      listingId: body.listing.id,
      kind: body.kind,
      note: body.note ? body.note : null,
      deviceHash,
      networkHash,
      createdAt: at,
    });
    return reply.code(created ? 201 : 200).send(received(report));
  });

  return app;
}

function received(report: { id: string; client_id: string; created_at: string }) {
  return { id: report.id, clientReportId: report.client_id, receivedAt: report.created_at };
}
