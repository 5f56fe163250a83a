import { fill } from '../../client/strings.ts';

/** Open reports on one listing, as GET /api/reports/counts answers. */
export interface OpenCount {
  kind: string;
  id: string;
  open: number;
}

/** The strings of the counts: one plural form per Intl.PluralRules category, i18next's `_one`/`_other`. */
export type CountStrings = Record<string, string>;

/**
 * The service's answer, checked where it enters: the signed-in expert's counts, or undefined when
 * nobody is signed in or the answer is not the service's (static hosting answers /api/ with a page).
 */
export function readOpenCounts(body: unknown): OpenCount[] | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { signedIn, listings } = body as { signedIn?: unknown; listings?: unknown };
  if (signedIn !== true || !Array.isArray(listings)) return undefined;
  const counts: OpenCount[] = [];
  for (const item of listings as unknown[]) {
    const { kind, id, open } = (item ?? {}) as Record<string, unknown>;
    if (typeof kind !== 'string' || typeof id !== 'string' || !Number.isInteger(open) || (open as number) < 0)
      return undefined;
    counts.push({ kind, id, open: open as number });
  }
  return counts;
}

/** "3 open reports" in the page's language: `{name}_{plural category}`, else `{name}_other`. */
export function countText(strings: CountStrings, name: string, count: number, locale: string): string {
  const category = new Intl.PluralRules(locale).select(count);
  const text = strings[`${name}_${category}`] ?? strings[`${name}_other`] ?? '';
  return fill(text, { count: new Intl.NumberFormat(locale).format(count) });
}
