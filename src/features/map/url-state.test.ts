import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from './filters.ts';
import { type MapViewState, parseMapState, serializeMapState } from './url-state.ts';

const vocabulary = { categories: ['restaurant', 'hotel', 'sight'], tags: ['seafood', 'family'] };

describe('map state in the address', () => {
  it('round-trips every part of the view', () => {
    const state: MapViewState = {
      filters: {
        categories: ['restaurant', 'hotel'],
        openNow: true,
        prices: [1, 2],
        tags: ['seafood'],
        text: 'bánh cuốn',
        showClosed: true,
        wifi: true,
      },
      place: 'banh-cuon-cha-muc-cao-thang',
      view: { lat: 20.95512, lon: 107.08, zoom: 14 },
      nearMe: true,
    };
    const search = serializeMapState(state);
    expect(search).toBe(
      '?cat=restaurant,hotel&open=1&price=1,2&tag=seafood&q=b%C3%A1nh+cu%E1%BB%91n&closed=1&wifi=1&near=1&place=banh-cuon-cha-muc-cao-thang&at=20.95512,107.08000,14',
    );
    expect(parseMapState(search, vocabulary)).toEqual(state);
  });
  it('leaves defaults out, so the plain map has a plain address', () => {
    expect(serializeMapState({ filters: NO_FILTERS, place: null, view: null, nearMe: false })).toBe('');
    expect(parseMapState('', vocabulary)).toEqual({ filters: NO_FILTERS, place: null, view: null, nearMe: false });
  });
  it('drops what it does not know instead of trusting a hand-edited link', () => {
    const state = parseMapState(
      '?cat=restaurant,spaceport&price=0,2,9,x&tag=seafood,<script>&place=../etc&at=95,107,12',
      vocabulary,
    );
    expect(state.filters.categories).toEqual(['restaurant']);
    expect(state.filters.prices).toEqual([2]);
    expect(state.filters.tags).toEqual(['seafood']);
    expect(state.place).toBeNull();
    expect(state.view).toBeNull();
  });
});
