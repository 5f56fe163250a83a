import { describe, expect, it } from 'vitest';
import { categoryCountsOf, clusterLabel } from './cluster-label.ts';

const strings = { mixed: '{{count}} places: {{breakdown}}', single: '{{category}}: {{count}}', separator: ', ' };
const labels: Record<string, string> = { restaurant: 'Restaurants', hotel: 'Hotels', cafe: 'Cafés', sight: 'Sights' };
const labelOf = (id: string) => labels[id] ?? id;

describe('clusterLabel', () => {
  it('names the one category a cluster holds', () => {
    expect(clusterLabel(new Map([['restaurant', 12]]), labelOf, strings)).toBe('Restaurants: 12');
  });
  it('breaks a mixed cluster down, biggest first', () => {
    const counts = new Map([
      ['hotel', 1],
      ['restaurant', 2],
    ]);
    expect(clusterLabel(counts, labelOf, strings)).toBe('3 places: Restaurants: 2, Hotels: 1');
  });
  it('names at most three categories and counts the rest', () => {
    const counts = new Map([
      ['restaurant', 5],
      ['hotel', 4],
      ['cafe', 3],
      ['sight', 2],
    ]);
    expect(clusterLabel(counts, labelOf, strings)).toBe('14 places: Restaurants: 5, Hotels: 4, Cafés: 3, … 2');
  });
});

describe('categoryCountsOf', () => {
  it('reads the per-category counts supercluster summed up', () => {
    expect([...categoryCountsOf({ counts: [2, 0, 1] }, ['restaurant', 'cafe', 'hotel'])]).toEqual([
      ['restaurant', 2],
      ['hotel', 1],
    ]);
  });
});
