import { describe, expect, it } from 'vitest';
import { DATABASES, useReportsDatabase, validReport } from '../../../../tools/reports/test-service.ts';

describe.each(DATABASES)('marking a listing fixed and the open-report counts, on %s', (name) => {
  const { service } = useReportsDatabase(name);
  const localService = () =>
    service({ signIn: { admins: ['local:tran-van-minh'], localSignIn: true, secureCookies: false } });

  async function signIn(app: Awaited<ReturnType<typeof localService>>, expert: string) {
    const response = await app.inject({ method: 'POST', url: '/api/auth/local', payload: { expert } });
    expect(response.statusCode, response.body).toBe(200);
    return { reports_session: response.cookies.find((c) => c.name === 'reports_session')!.value };
  }

  it('counts the open reports on the signed-in expert’s listings, and tells anyone else only that they are not signed in', async () => {
    const app = await localService();
    for (const [device, id] of [
      ['device-count-1', 'bai-chay-beach'],
      ['device-count-2', 'bai-chay-beach'],
      ['device-count-3', 'sun-world'],
    ] as const)
      await app.inject({
        method: 'POST',
        url: '/api/reports',
        payload: validReport({ deviceId: device, listing: { kind: 'place', id } }),
      });

    const anonymous = await app.inject({ method: 'GET', url: '/api/reports/counts' });
    expect(anonymous.statusCode).toBe(200);
    expect(anonymous.json()).toEqual({ signedIn: false, listings: [] });

    const lan = await signIn(app, 'nguyen-thi-lan');
    const mine = await app.inject({ method: 'GET', url: '/api/reports/counts', cookies: lan });
    expect(mine.headers['cache-control']).toBe('no-store');
    expect(mine.json()).toEqual({ signedIn: true, listings: [{ kind: 'place', id: 'bai-chay-beach', open: 2 }] });

    // An admin (here tran-van-minh's local account) counts every listing's reports.
    const admin = await signIn(app, 'tran-van-minh');
    const all = (await app.inject({ method: 'GET', url: '/api/reports/counts', cookies: admin })).json();
    expect(all.listings).toEqual([
      { kind: 'place', id: 'bai-chay-beach', open: 2 },
      { kind: 'place', id: 'sun-world', open: 1 },
    ]);
  });

  it('settles every open report on the listing when one is marked fixed, and no other listing’s', async () => {
    const app = await localService();
    const lan = await signIn(app, 'nguyen-thi-lan');
    const before = await app.inject({ method: 'GET', url: '/api/reports', cookies: lan });
    const reports = before.json().listings[0].reports as { id: string }[];
    expect(reports.length).toBe(2);
    const confirmed = await app.inject({
      method: 'POST',
      url: `/api/reports/${reports[1]!.id}/state`,
      cookies: lan,
      payload: { state: 'confirmed' },
    });
    expect(confirmed.json().settledOnListing).toBe(0);

    const fixed = await app.inject({
      method: 'POST',
      url: `/api/reports/${reports[0]!.id}/state`,
      cookies: lan,
      payload: { state: 'fixed' },
    });
    expect(fixed.statusCode, fixed.body).toBe(200);
    expect(fixed.json()).toMatchObject({ state: 'fixed', settledOnListing: 1 });
    expect((await app.inject({ method: 'GET', url: '/api/reports', cookies: lan })).json().listings).toEqual([]);
    expect((await app.inject({ method: 'GET', url: '/api/reports/counts', cookies: lan })).json().listings).toEqual([]);
    const admin = await signIn(app, 'tran-van-minh');
    const all = (await app.inject({ method: 'GET', url: '/api/reports/counts', cookies: admin })).json();
    expect(all.listings).toEqual([{ kind: 'place', id: 'sun-world', open: 1 }]);
  });
});
