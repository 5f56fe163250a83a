import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../loader/load-catalog.ts';
import { neighbours, visitOrder } from './visit-order.ts';

const catalog = loadCatalog(join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'content', 'valid'));

describe('visit order', () => {
  it('walks galleries in order, then exhibits in label order', () => {
    expect(visitOrder(catalog, 'test-museum').map((e) => e.id)).toEqual(['bronze-drum', 'stone-stele']);
  });
  it('gives the next and previous stops', () => {
    expect(neighbours(catalog, 'bronze-drum').next?.id).toBe('stone-stele');
    expect(neighbours(catalog, 'bronze-drum').previous).toBeUndefined();
    expect(neighbours(catalog, 'stone-stele').previous?.id).toBe('bronze-drum');
  });
});
