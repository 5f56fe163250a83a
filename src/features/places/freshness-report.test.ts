import { describe, expect, it } from 'vitest';
import type { Expert, Place } from '../../content/schemas/catalog.ts';
import { freshnessReport } from './freshness-report.ts';

const expert = (id: string) => ({ id, name: id }) as unknown as Expert;
const place = (id: string, verifiedBy: string, verifiedOn: string, status: Place['status'] = 'open') =>
  ({ id, verifiedBy, verifiedOn, status }) as unknown as Place;

const catalog = {
  site: { freshnessDays: 180 } as never,
  experts: [expert('ha'), expert('hai'), expert('lan')],
  places: [
    place('fresh', 'ha', '2026-10-01'),
    place('old', 'ha', '2025-01-01'),
    place('older', 'ha', '2024-06-01'),
    place('boat', 'hai', '2025-03-01'),
    place('gone', 'lan', '2020-01-01', 'closed'),
  ],
};

describe('freshnessReport', () => {
  it('lists stale listings per expert, oldest first, leaving fresh and closed ones out', () => {
    const report = freshnessReport(catalog, '2026-11-23');
    expect(report.map((r) => [r.expert.id, r.listings.map((l) => l.place.id)])).toEqual([
      ['ha', ['older', 'old']],
      ['hai', ['boat']],
    ]);
    expect(report[0]!.listings[0]!.days).toBe(905);
  });
  it('is empty when everything was checked within the period', () => {
    expect(freshnessReport(catalog, '2024-06-02').flatMap((r) => r.listings)).toEqual([]);
  });
});
