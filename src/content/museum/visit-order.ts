import type { Catalog, Exhibit } from '../schemas/catalog.ts';
import { catalogIndex } from '../catalog-index.ts';

interface Visit {
  order: Exhibit[];
  position: Map<string, number>;
}

// One visit per museum and catalog: every exhibit page asks for its neighbours.
const visits = new WeakMap<Catalog, Map<string, Visit>>();

/** A museum's exhibits in the order a visitor walks them: gallery by gallery, then label order. */
export function visitOrder(catalog: Catalog, museumId: string): Exhibit[] {
  return visitOf(catalog, museumId).order;
}

function visitOf(catalog: Catalog, museumId: string): Visit {
  let byMuseum = visits.get(catalog);
  if (!byMuseum) {
    byMuseum = new Map();
    visits.set(catalog, byMuseum);
  }
  let visit = byMuseum.get(museumId);
  if (!visit) {
    const index = catalogIndex(catalog);
    const order = (index.galleriesOf.get(museumId) ?? []).flatMap((g) => index.exhibitsOf.get(g.id) ?? []);
    visit = { order, position: new Map(order.map((e, i) => [e.id, i])) };
    byMuseum.set(museumId, visit);
  }
  return visit;
}

/** The stops before and after an exhibit on the visit, for "previous" and "next stop". */
export function neighbours(catalog: Catalog, exhibitId: string): { previous?: Exhibit; next?: Exhibit } {
  const index = catalogIndex(catalog);
  const exhibit = index.exhibit.get(exhibitId);
  const museumId = exhibit ? index.gallery.get(exhibit.gallery)?.museum : undefined;
  if (!exhibit || !museumId) return {};
  const visit = visitOf(catalog, museumId);
  const at = visit.position.get(exhibitId) ?? -1;
  const result: { previous?: Exhibit; next?: Exhibit } = {};
  const previous = visit.order[at - 1];
  const next = visit.order[at + 1];
  if (previous) result.previous = previous;
  if (next) result.next = next;
  return result;
}
