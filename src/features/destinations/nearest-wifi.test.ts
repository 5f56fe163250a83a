import { describe, expect, it } from 'vitest';
import { nearestFirst } from './nearest-wifi.ts';

describe('nearestFirst', () => {
  it('orders hotspots by distance from the visitor, nearest first', () => {
    const hotspots = [
      { id: 'mall', lat: 20.9565, lon: 107.0412 },
      { id: 'museum', lat: 20.9517, lon: 107.0877 },
      { id: 'library', lat: 20.9523, lon: 107.0845 },
    ];
    const order = nearestFirst(hotspots, { lat: 20.9519, lon: 107.088 });
    expect(order.map((o) => o.hotspot.id)).toEqual(['museum', 'library', 'mall']);
    expect(order[0]!.meters).toBeLessThan(60);
    expect(order[2]!.meters).toBeGreaterThan(4000);
  });
});
