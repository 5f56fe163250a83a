import { describe, expect, it } from 'vitest';
import { urls } from '../../../urls.ts';
import { reverifyRequested, withoutReverify } from './reverify-marker.ts';

const place = { collection: 'places', slug: 'bai-chay-beach' };
const searchOf = (address: string) => new URL(address, 'https://museum.example').search;

describe('the re-verify marker', () => {
  it('is read from the address the reports view opens, for that entry only', () => {
    const search = searchOf(urls.reverifyEntry('places', 'bai-chay-beach'));
    expect(reverifyRequested(search, place)).toBe(true);
    expect(reverifyRequested(search, { collection: 'places', slug: 'sun-world' })).toBe(false);
    expect(reverifyRequested(search, { collection: 'exhibits', slug: 'bai-chay-beach' })).toBe(false);
  });

  it('is absent from the plain editor address, so the date is left alone there', () => {
    expect(reverifyRequested(searchOf(urls.editEntry('places', 'bai-chay-beach')), place)).toBe(false);
    expect(reverifyRequested('', place)).toBe(false);
    expect(reverifyRequested('?reverify=places/', { collection: 'places', slug: '' })).toBe(false);
  });

  it('leaves the address with the entry route and without the marker once used', () => {
    const href = new URL(urls.reverifyEntry('places', 'bai-chay-beach'), 'https://museum.example').toString();
    expect(withoutReverify(href)).toBe('https://museum.example/admin/#/collections/places/entries/bai-chay-beach');
  });
});
