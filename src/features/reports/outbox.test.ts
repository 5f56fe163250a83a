import { describe, expect, it } from 'vitest';
import { type OutgoingReport, ReportOutbox } from './outbox.ts';

function memoryStorage() {
  const values = new Map<string, string>();
  return {
    get: (key: string) => values.get(key) ?? null,
    set: (key: string, value: string | null) => (value === null ? values.delete(key) : values.set(key, value)),
  };
}

const report = (id: string): OutgoingReport => ({
  clientReportId: id,
  deviceId: 'device-0001',
  listing: { kind: 'place', id: 'bai-chay-beach' },
  kind: 'closed',
});

describe('the phone’s outbox of reports', () => {
  it('keeps a report made offline and sends it once the network returns', async () => {
    let online = false;
    const sent: string[] = [];
    const send = (async (_url: string, init: RequestInit) => {
      if (!online) throw new TypeError('Failed to fetch');
      sent.push(JSON.parse(init.body as string).clientReportId);
      return new Response('{}', { status: 201 });
    }) as typeof fetch;
    const storage = memoryStorage();
    expect(await new ReportOutbox(storage, send, '/api/reports').submit(report('offline-report-1'))).toBe('waiting');
    // A new page (the phone was offline for a day) finds it still waiting.
    const later = new ReportOutbox(storage, send, '/api/reports');
    expect(later.pending().map((r) => r.clientReportId)).toEqual(['offline-report-1']);
    online = true;
    expect(await later.flush()).toEqual(['offline-report-1']);
    expect(later.pending()).toEqual([]);
    expect(sent).toEqual(['offline-report-1']);
  });

  it('keeps waiting while the service is down, and drops a refused report with its reason', async () => {
    let status = 503;
    const send = (async () => new Response(JSON.stringify({ error: 'unknown place: x' }), { status })) as typeof fetch;
    const outbox = new ReportOutbox(memoryStorage(), send, '/api/reports');
    expect(await outbox.submit(report('down-1'))).toBe('waiting');
    status = 422;
    expect(await outbox.flush()).toEqual([]);
    expect(outbox.pending()).toEqual([]);
    expect(await outbox.submit(report('bad-1'))).toEqual({ refused: 'unknown place: x' });
  });
});
