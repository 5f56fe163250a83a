import { fill } from '../../client/strings.ts';

/** Strings a cluster's label is made of, already in the page's language. */
export interface ClusterStrings {
  /** "{{count}} places: {{breakdown}}" */
  mixed: string;
  /** "{{category}}: {{count}}" */
  single: string;
  /** ", " or "、" */
  separator: string;
}

/**
 * What a screen reader hears for a cluster: "Restaurants: 12" when it holds one category, else
 * "12 places: Restaurants 10, Hotels 2", biggest first and at most `limit` categories named.
 */
export function clusterLabel(
  counts: ReadonlyMap<string, number>,
  labelOf: (category: string) => string,
  strings: ClusterStrings,
  limit = 3,
): string {
  const entries = [...counts].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
  const total = entries.reduce((sum, [, n]) => sum + n, 0);
  if (entries.length === 1) return fill(strings.single, { category: labelOf(entries[0]![0]), count: total });
  const named = entries.slice(0, limit).map(([id, n]) => fill(strings.single, { category: labelOf(id), count: n }));
  const rest = entries.slice(limit).reduce((sum, [, n]) => sum + n, 0);
  if (rest > 0) named.push(`… ${rest}`);
  return fill(strings.mixed, { count: total, breakdown: named.join(strings.separator) });
}

/** Category counts as a supercluster property: a cluster's counts are the sums of its children's. */
export function categoryCountsOf(
  properties: Record<string, unknown>,
  categories: readonly string[],
): Map<string, number> {
  const counts = new Map<string, number>();
  const array = properties.counts;
  if (!Array.isArray(array)) return counts;
  for (const [i, n] of array.entries()) if (n > 0) counts.set(categories[i] ?? String(i), n as number);
  return counts;
}
