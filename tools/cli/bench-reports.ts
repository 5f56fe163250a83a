/**
 * `npm run bench:reports`: reports per second, p50/p99 latency and acknowledged reports lost (plain
 * load, then `kill -9` of the service mid-load and a restart), on SQLite and on PostgreSQL, over
 * loopback. Options: --seconds (default 10), --concurrency (default 16), --port (default 4390).
 */
import { parseArgs } from 'node:util';
import { reportsLoad } from '../bench/reports-load.ts';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    concurrency: { type: 'string', default: '16' },
    port: { type: 'string', default: '4390' },
  },
});
const options = {
  seconds: Number(values.seconds),
  concurrency: Number(values.concurrency),
  port: Number(values.port),
  listingId: 'bai-chay-beach',
};
for (const database of ['sqlite', 'postgres'] as const) {
  const r = await reportsLoad(database, options);
  console.log(
    `${database}: ${r.perSecond} reports/s over ${r.seconds} s (${options.concurrency} senders), p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms, ` +
      `${r.acknowledged} acknowledged, ${r.lost} lost; kill -9 mid-load: ${r.killRun.acknowledged} acknowledged, ${r.killRun.lost} lost`,
  );
}
