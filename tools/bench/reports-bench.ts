import { type ReportsLoadResult, reportsLoad } from './reports-load.ts';
import { type ReportsOutageResult, reportsOutage } from './reports-outage.ts';

export interface ReportsBenchOptions {
  seconds: number;
  concurrency: number;
  port: number;
  /** How long the database is unavailable in the outage run. */
  downSeconds: number;
}

export interface ReportsBenchReport {
  load: ReportsLoadResult[];
  outage: ReportsOutageResult[];
}

export const REPORTS_BENCH_DEFAULTS: ReportsBenchOptions = { seconds: 10, concurrency: 16, port: 4390, downSeconds: 8 };

/**
 * The reports service's fault runs on SQLite and PostgreSQL: load with `kill -9` mid-load (lost
 * acknowledged reports), then the database briefly unavailable (the report waits and arrives once).
 * Each line is printed as it is measured.
 */
export async function reportsBench(
  options: ReportsBenchOptions,
  print: (line: string) => void = console.log,
): Promise<ReportsBenchReport> {
  const listingId = 'bai-chay-beach';
  const report: ReportsBenchReport = { load: [], outage: [] };
  for (const database of ['sqlite', 'postgres'] as const) {
    const r = await reportsLoad(database, { ...options, listingId });
    report.load.push(r);
    print(
      `${database}: ${r.perSecond} reports/s over ${r.seconds} s (${options.concurrency} senders), p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms, ` +
        `${r.acknowledged} acknowledged, ${r.lost} lost; kill -9 mid-load: ${r.killRun.acknowledged} acknowledged, ${r.killRun.lost} lost`,
    );
    const o = await reportsOutage(database, { port: options.port, listingId, downSeconds: options.downSeconds });
    report.outage.push(o);
    print(
      `${database}: database unavailable ${o.downSeconds} s: the phone's outbox said "${o.whileDown}", the report arrived ` +
        `${o.arrivedAfterSeconds} s after the database returned, stored ${o.stored}×, service ${o.serviceSurvived ? 'kept running' : 'STOPPED'}`,
    );
  }
  return report;
}
