import { describe, expect, it } from 'vitest';
import { contentWith, edit, removeCopies } from '../../../test/fixtures/content/content-with.ts';
import { loadCatalog } from '../../content/loader/load-catalog.ts';
import { scopeToVenue, venueHome } from './venue.ts';
import { afterEach } from 'vitest';

afterEach(removeCopies);

const withVenue = (venue: string) =>
  loadCatalog(contentWith(edit('content/site.yaml', 'sampleContent: true', `sampleContent: true\nvenue: ${venue}`)));

describe('a single-venue site', () => {
  it('without a venue keeps everything', () => {
    const catalog = loadCatalog(contentWith(() => {}));
    expect(scopeToVenue(catalog)).toBe(catalog);
    expect(venueHome(catalog)).toBeUndefined();
  });

  it('for a museum keeps that museum, its galleries and exhibits, and no places', () => {
    const scoped = scopeToVenue(withVenue('{ museum: test-museum }'));
    expect(scoped.museums.map((m) => m.id)).toEqual(['test-museum']);
    expect(scoped.exhibits.map((e) => e.id)).toEqual(['bronze-drum', 'stone-stele']);
    expect(scoped.places).toEqual([]);
    expect(scoped.destinations).toEqual([]);
    expect(venueHome(scoped)).toEqual({ kind: 'museum', id: 'test-museum' });
  });

  it('for a destination keeps its places, their experts and the museums in it', () => {
    const scoped = scopeToVenue(withVenue('{ destination: test-bay }'));
    expect(scoped.destinations.map((d) => d.id)).toEqual(['test-bay']);
    expect(scoped.places.map((p) => p.id)).toEqual(['squid-cake-shop']);
    expect(scoped.experts.map((e) => e.id)).toEqual(['le-van-an']);
    expect(scoped.museums.map((m) => m.id)).toEqual(['test-museum']);
    expect(venueHome(scoped)).toEqual({ kind: 'destination', id: 'test-bay' });
  });
});
