import type { Catalog, Exhibit } from '../../schemas/catalog.ts';

/** A museum's exhibits in the order a visitor walks them: gallery by gallery, then label order. */
export function visitOrder(catalog: Catalog, museumId: string): Exhibit[] {
  const galleries = catalog.galleries.filter((g) => g.museum === museumId).sort((a, b) => a.order - b.order);
  return galleries.flatMap((g) => catalog.exhibits.filter((e) => e.gallery === g.id).sort((a, b) => a.order - b.order));
}

/** The stops before and after an exhibit on the visit, for "previous" and "next stop". */
export function neighbours(catalog: Catalog, exhibitId: string): { previous?: Exhibit; next?: Exhibit } {
  const exhibit = catalog.exhibits.find((e) => e.id === exhibitId);
  const museumId = catalog.galleries.find((g) => g.id === exhibit?.gallery)?.museum;
  if (!exhibit || !museumId) return {};
  const order = visitOrder(catalog, museumId);
  const index = order.findIndex((e) => e.id === exhibitId);
  const result: { previous?: Exhibit; next?: Exhibit } = {};
  const previous = order[index - 1];
  const next = order[index + 1];
  if (previous) result.previous = previous;
  if (next) result.next = next;
  return result;
}
