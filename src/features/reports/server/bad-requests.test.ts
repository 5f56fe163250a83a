import { describe, expect, it } from 'vitest';
import { badRequests } from '../../../../tools/reports/bad-requests.ts';
import { DATABASES, useReportsDatabase } from '../../../../tools/reports/test-service.ts';

describe.each(DATABASES)('the bad-request corpus on %s', (name) => {
  const { context, service } = useReportsDatabase(name);

  it('answers each of at least 100 bad requests 4xx with a message, stores none and keeps running', async () => {
    const app = await service();
    const corpus = badRequests();
    expect(corpus.length).toBeGreaterThanOrEqual(100);
    const wrong: string[] = [];
    for (const request of corpus) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/reports',
        headers: { 'content-type': request.contentType ?? 'application/json' },
        payload: request.body,
      });
      const error = response.headers['content-type']?.toString().startsWith('application/json')
        ? (response.json() as { error?: unknown }).error
        : undefined;
      if (response.statusCode < 400 || response.statusCode >= 500 || typeof error !== 'string' || error.length < 5)
        wrong.push(`${request.name}: ${response.statusCode} ${response.body.slice(0, 120)}`);
    }
    expect(wrong).toEqual([]);
    expect(await context.store.count()).toBe(0);
    expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
  });
});
