import type { Catalog, Expert, Place } from '../../content/schemas/catalog.ts';
import { daysSince, isStale } from './freshness.ts';

export interface StaleListing {
  place: Place;
  verifiedOn: string;
  days: number;
}

export interface ExpertReport {
  expert: Expert;
  listings: StaleListing[];
}

/**
 * Listings past their re-check date, grouped by the expert who last verified them, oldest first
 * within each expert; experts with the oldest listing come first. Permanently closed places are
 * left out: there is nothing to re-check.
 */
export function freshnessReport(catalog: Pick<Catalog, 'site' | 'places' | 'experts'>, today: string): ExpertReport[] {
  const { freshnessDays } = catalog.site;
  const byExpert = new Map<string, StaleListing[]>();
  for (const place of catalog.places) {
    if (place.status === 'closed' || !isStale(place.verifiedOn, freshnessDays, today)) continue;
    const list = byExpert.get(place.verifiedBy) ?? [];
    list.push({ place, verifiedOn: place.verifiedOn, days: daysSince(place.verifiedOn, today) });
    byExpert.set(place.verifiedBy, list);
  }
  const reports: ExpertReport[] = [];
  for (const expert of catalog.experts) {
    const listings = byExpert.get(expert.id);
    if (!listings) continue;
    listings.sort((a, b) => b.days - a.days || a.place.id.localeCompare(b.place.id));
    reports.push({ expert, listings });
  }
  return reports.sort((a, b) => b.listings[0]!.days - a.listings[0]!.days || a.expert.id.localeCompare(b.expert.id));
}
