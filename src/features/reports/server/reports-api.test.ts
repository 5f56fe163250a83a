import { describe, expect, it } from 'vitest';
import { DATABASES, useReportsDatabase, validReport } from '../../../../tools/reports/test-service.ts';

describe.each(DATABASES)('reports service on %s', (name) => {
  const { context, service } = useReportsDatabase(name);

  it('stores a report once, however often the phone sends it', async () => {
    const app = await service();
    const report = validReport({ deviceId: 'device-once' });
    const first = await app.inject({ method: 'POST', url: '/api/reports', payload: report });
    expect(first.statusCode, first.body).toBe(201);
    const again = await app.inject({ method: 'POST', url: '/api/reports', payload: report });
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(first.json().id);
    const stored = (await context.store.list()).filter((r) => r.client_id === report.clientReportId);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ listing_id: 'bai-chay-beach', kind: 'closed', state: 'open' });
  });

  it('refuses a place the site does not list, and stores nothing', async () => {
    const app = await service();
    const before = await context.store.count();
    const response = await app.inject({
      method: 'POST',
      url: '/api/reports',
      payload: validReport({ listing: { kind: 'place', id: 'no-such-cafe' } }),
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().error).toBe('unknown place: no-such-cafe');
    expect(await context.store.count()).toBe(before);
  });

  it('refuses HTML in the note but keeps a plain "<" as text', async () => {
    const app = await service();
    const html = await app.inject({
      method: 'POST',
      url: '/api/reports',
      payload: validReport({ note: 'closed <img src=x onerror=alert(1)>' }),
    });
    expect(html.statusCode).toBe(400);
    expect(html.json().error).toBe('the note may not contain HTML or scripts');
    const text = validReport({ kind: 'price', note: 'tickets now < 50 000 đ', deviceId: 'device-text' });
    expect((await app.inject({ method: 'POST', url: '/api/reports', payload: text })).statusCode).toBe(201);
    expect((await context.store.byClientId(text.clientReportId))?.note).toBe('tickets now < 50 000 đ');
  });

  it('refuses a 10 MB body before reading it and keeps answering', async () => {
    const app = await service();
    const response = await app.inject({
      method: 'POST',
      url: '/api/reports',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify(validReport({ note: 'x'.repeat(10 * 1024 * 1024) })),
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().error).toMatch(/body is too large/i);
    expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
  });

  it('limits reports per device and per network, and stores neither the IP nor the device id', async () => {
    const app = await service({ limits: { perDevicePerHour: 2, perNetworkPerHour: 3 } });
    const send = (deviceId: string, remoteAddress: string) =>
      app.inject({ method: 'POST', url: '/api/reports', remoteAddress, payload: validReport({ deviceId }) });
    expect((await send('device-limit-a', '198.51.100.7')).statusCode).toBe(201);
    expect((await send('device-limit-a', '198.51.100.7')).statusCode).toBe(201);
    const device = await send('device-limit-a', '198.51.100.8');
    expect(device.statusCode).toBe(429);
    expect(device.json().error).toMatch(/too many reports/);
    expect((await send('device-limit-b', '198.51.100.7')).statusCode).toBe(201);
    expect((await send('device-limit-c', '198.51.100.7')).statusCode).toBe(429);
    expect((await send('device-limit-c', '198.51.100.9')).statusCode).toBe(201);
    const everything = JSON.stringify(await context.store.list());
    expect(everything).not.toContain('198.51.100');
    expect(everything).not.toContain('device-limit');
  });

  it('forgets network hashes after three days and closed reports after the retention period', async () => {
    const app = await service({ now: () => new Date('2026-01-01T10:00:00Z') });
    const report = validReport({ deviceId: 'device-old' });
    const open = validReport({ deviceId: 'device-old-open' });
    await app.inject({ method: 'POST', url: '/api/reports', payload: report });
    await app.inject({ method: 'POST', url: '/api/reports', payload: open });
    const stored = (await context.store.byClientId(report.clientReportId))!;
    expect(stored.network_hash).not.toBeNull();
    await context.store.setState(stored.id, 'dismissed', 'nguyen-thi-lan', new Date('2026-01-02T00:00:00Z'));
    await context.store.purge(new Date('2026-01-05T00:00:00Z'), { networkDays: 3, closedDays: 90 });
    expect((await context.store.byClientId(report.clientReportId))?.network_hash).toBeNull();
    await context.store.purge(new Date('2026-04-05T00:00:00Z'), { networkDays: 3, closedDays: 90 });
    expect(await context.store.byClientId(report.clientReportId)).toBeUndefined();
    expect(await context.store.byClientId(open.clientReportId)).toBeDefined();
  });

  it('lets nobody read reports without signing in', async () => {
    const app = await service();
    const response = await app.inject({ method: 'GET', url: '/api/reports' });
    expect(response.statusCode).toBe(401);
    expect(response.body).not.toContain('bai-chay-beach');
  });

  it('tells the public about a problem only once two devices agree on it', async () => {
    const app = await service();
    const status = async () => (await app.inject({ method: 'GET', url: '/api/reports/status/place/sun-world' })).json();
    const report = (deviceId: string, kind: string) =>
      app.inject({
        method: 'POST',
        url: '/api/reports',
        payload: validReport({ deviceId, kind, listing: { kind: 'place', id: 'sun-world' }, note: 'secret note' }),
      });
    await report('device-status-1', 'closed');
    await report('device-status-1', 'closed');
    await report('device-status-2', 'hours');
    expect((await status()).notices).toEqual([]);
    await report('device-status-3', 'closed');
    const shown = await status();
    expect(shown.notices).toEqual([expect.objectContaining({ kind: 'closed', confirmed: false })]);
    expect(shown.checkedBy).toBe('tran-van-minh');
    expect(JSON.stringify(shown)).not.toContain('secret note');
    expect((await app.inject({ method: 'GET', url: '/api/reports/status/place/no-such' })).statusCode).toBe(404);
  });
});
