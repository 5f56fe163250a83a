import type { ListingKind, ReportKind } from './report-kinds.ts';

/** A report as the phone keeps it until the service has acknowledged it. */
export interface OutgoingReport {
  clientReportId: string;
  deviceId: string;
  listing: { kind: ListingKind; id: string };
  kind: ReportKind;
  note?: string;
  website?: string;
}

export type SendResult = 'received' | 'waiting' | { refused: string };

export interface OutboxStorage {
  get(key: string): string | null;
  set(key: string, value: string | null): void;
}

const KEY = 'reports.outbox';

/**
 * The phone's outbox for reports: a report is kept until the service acknowledges it, so one made
 * with no network is sent when the connection returns (the service worker's background sync does the
 * same where the browser has it; the client report id makes the two arrive once). A refusal (4xx other
 * than 429) is final: sending it again would not change the answer.
 */
export class ReportOutbox {
  private readonly storage: OutboxStorage;
  private readonly send: typeof fetch;
  private readonly endpoint: string;

  constructor(storage: OutboxStorage, send: typeof fetch, endpoint: string) {
    this.storage = storage;
    this.send = send;
    this.endpoint = endpoint;
  }

  pending(): OutgoingReport[] {
    try {
      const value = JSON.parse(this.storage.get(KEY) ?? '[]') as unknown;
      return Array.isArray(value) ? (value as OutgoingReport[]) : [];
    } catch {
      return [];
    }
  }

  async submit(report: OutgoingReport): Promise<SendResult> {
    this.storage.set(KEY, JSON.stringify([...this.pending(), report]));
    return this.deliver(report);
  }

  /** Sends every waiting report; returns the ids now received. */
  async flush(): Promise<string[]> {
    const received: string[] = [];
    for (const report of this.pending())
      if ((await this.deliver(report)) === 'received') received.push(report.clientReportId);
    return received;
  }

  private async deliver(report: OutgoingReport): Promise<SendResult> {
    let response: Response;
    try {
      response = await this.send(this.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(report),
      });
    } catch {
      return 'waiting';
    }
    if (response.status >= 500 || response.status === 429) return 'waiting';
    this.remove(report.clientReportId);
    if (response.ok) return 'received';
    const body = (await response.json().catch(() => ({}))) as { error?: unknown };
    return { refused: typeof body.error === 'string' ? body.error : String(response.status) };
  }

  private remove(clientReportId: string) {
    this.storage.set(KEY, JSON.stringify(this.pending().filter((r) => r.clientReportId !== clientReportId)));
  }
}
