/**
 * `npm run bench:reports` (also `npm run bench -- --reports`): the reports service on SQLite and on
 * PostgreSQL over loopback: reports per second, p50/p99 latency and acknowledged reports lost (plain
 * load, then `kill -9` of the service mid-load and a restart), and the database briefly unavailable
 * (the report waits on the phone and arrives once). Options: --seconds (default 10), --concurrency
 * (default 16), --port (default 4390), --down-seconds (default 8).
 */
import { parseArgs } from 'node:util';
import { REPORTS_BENCH_DEFAULTS as defaults, reportsBench } from '../bench/reports-bench.ts';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: String(defaults.seconds) },
    concurrency: { type: 'string', default: String(defaults.concurrency) },
    port: { type: 'string', default: String(defaults.port) },
    'down-seconds': { type: 'string', default: String(defaults.downSeconds) },
  },
});
await reportsBench({
  seconds: Number(values.seconds),
  concurrency: Number(values.concurrency),
  port: Number(values.port),
  downSeconds: Number(values['down-seconds']),
});
