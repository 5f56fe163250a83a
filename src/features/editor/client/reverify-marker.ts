import { REVERIFY_PARAM } from '../../../urls.ts';

/** The entry a widget edits, as Decap names it: its collection and slug (the file name without language). */
export interface EntryName {
  collection: string;
  slug: string;
}

/**
 * Whether the editor was opened to re-verify this very entry (urls.reverifyEntry, after a report on
 * it was marked fixed). The marker names the entry, so moving on to another entry in the same tab
 * never sets that one's date.
 */
export function reverifyRequested(search: string, entry: EntryName): boolean {
  if (!entry.collection || !entry.slug) return false;
  return new URLSearchParams(search).get(REVERIFY_PARAM) === `${entry.collection}/${entry.slug}`;
}

/** The address without the marker, hash kept: a reload after the date was set does not set it again. */
export function withoutReverify(href: string): string {
  const url = new URL(href);
  url.searchParams.delete(REVERIFY_PARAM);
  return url.toString();
}
