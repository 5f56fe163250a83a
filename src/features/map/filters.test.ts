import { describe, expect, it } from 'vitest';
import type { MapPlace } from './compact-places.ts';
import { countByCategory, filterPlaces, foldText, NO_FILTERS } from './filters.ts';

const place = (over: Partial<MapPlace>): MapPlace => ({
  index: 0,
  id: 'x',
  name: 'X',
  localName: '',
  category: 'restaurant',
  lat: 20.95,
  lon: 107.08,
  price: 0,
  tags: [],
  schedule: null,
  status: 'open',
  stale: false,
  wifi: null,
  ...over,
});

const places = [
  place({
    id: 'banh-cuon',
    name: 'Rice rolls with squid cake',
    localName: 'Quán bánh cuốn chả mực',
    price: 1,
    tags: ['local-specialty'],
    schedule: [360, 630],
  }),
  place({
    id: 'novotel',
    name: 'Novotel Hạ Long Bay',
    category: 'hotel',
    price: 3,
    tags: ['sea-view'],
    schedule: [0, 1440],
  }),
  place({ id: 'cave', name: 'Hang Sửng Sốt', category: 'sight', schedule: [420, 1020] }),
  place({ id: 'mall', name: 'Vincom', category: 'shopping', wifi: { network: 'Vincom_Free', signIn: true } }),
  place({ id: 'old-cafe', name: 'Cà phê cũ', category: 'cafe', status: 'closed' }),
  place({ id: 'repairs', name: 'Đầu Gỗ', category: 'sight', status: 'temporarily-closed', schedule: [0, 1440] }),
];
const context = {
  minute: 8 * 60,
  windowDays: 1,
  labelOf: (id: string) => ({ restaurant: 'Nhà hàng', hotel: 'Khách sạn' })[id] ?? id,
};
const ids = (list: MapPlace[]) => list.map((p) => p.id);

describe('filterPlaces', () => {
  it('keeps permanently closed places off by default, and shows them on request', () => {
    expect(ids(filterPlaces(places, NO_FILTERS, context))).toEqual(['banh-cuon', 'novotel', 'cave', 'mall', 'repairs']);
    expect(ids(filterPlaces(places, { ...NO_FILTERS, showClosed: true }, context))).toContain('old-cafe');
  });
  it('filters by any of the chosen categories', () => {
    expect(ids(filterPlaces(places, { ...NO_FILTERS, categories: ['hotel', 'sight'] }, context))).toEqual([
      'novotel',
      'cave',
      'repairs',
    ]);
  });
  it('“open now” uses the schedule and leaves out temporarily closed places', () => {
    expect(ids(filterPlaces(places, { ...NO_FILTERS, openNow: true }, context))).toEqual([
      'banh-cuon',
      'novotel',
      'cave',
    ]);
    const evening = { ...context, minute: 21 * 60 };
    expect(ids(filterPlaces(places, { ...NO_FILTERS, openNow: true }, evening))).toEqual(['novotel']);
  });
  it('filters by price level and requires every chosen tag', () => {
    expect(ids(filterPlaces(places, { ...NO_FILTERS, prices: [1, 2] }, context))).toEqual(['banh-cuon']);
    expect(ids(filterPlaces(places, { ...NO_FILTERS, tags: ['sea-view'] }, context))).toEqual(['novotel']);
    expect(ids(filterPlaces(places, { ...NO_FILTERS, tags: ['sea-view', 'local-specialty'] }, context))).toEqual([]);
  });
  it('finds text without accents, in both names and in category labels', () => {
    expect(ids(filterPlaces(places, { ...NO_FILTERS, text: 'squid' }, context))).toEqual(['banh-cuon']);
    expect(ids(filterPlaces(places, { ...NO_FILTERS, text: 'banh cuon' }, context))).toEqual(['banh-cuon']);
    expect(ids(filterPlaces(places, { ...NO_FILTERS, text: 'dau go' }, context))).toEqual(['repairs']);
    expect(ids(filterPlaces(places, { ...NO_FILTERS, text: 'khach san' }, context))).toEqual(['novotel']);
  });
  it('“Wi-Fi” keeps only places that offer a network, whatever their category', () => {
    expect(ids(filterPlaces(places, { ...NO_FILTERS, wifi: true }, context))).toEqual(['mall']);
    expect(ids(filterPlaces(places, { ...NO_FILTERS, wifi: true, categories: ['hotel'] }, context))).toEqual([]);
  });
});

describe('helpers', () => {
  it('folds Vietnamese text', () => {
    expect(foldText('Đảo Ti Tốp')).toBe('dao ti top');
  });
  it('counts per category', () => {
    expect(Object.fromEntries(countByCategory(places))).toEqual({
      restaurant: 1,
      hotel: 1,
      sight: 2,
      cafe: 1,
      shopping: 1,
    });
  });
});
