import type { CodeTable } from './code-table.ts';
import { codeFromShortLink, resolveCode } from './short-codes.ts';

/** What a decoded QR code means to this guide. */
export type ScanOutcome =
  | { kind: 'exhibit'; code: string; id: string; href: string }
  /** Another site, a Wi-Fi code, plain text: anything that is not one of this site's short links. */
  | { kind: 'foreign' }
  /** One of this site's short links, but no exhibit carries the code (an old or misprinted label). */
  | { kind: 'unknown'; code: string };

export interface ScanContext {
  /** Origins whose `/x/{code}/` links are this site's: the page's own and the configured baseUrl's. */
  origins: readonly string[];
  codes: CodeTable;
  /** The exhibit page in the page's language with `{id}` in place of the id, from `urls.exhibit`. */
  exhibitPath: string;
}

/**
 * Decide what to do with the codes one camera frame showed: open an exhibit when any of them is one
 * (a label may sit beside a poster with its own QR code), otherwise say why the first one is not;
 * null when the frame showed none.
 */
export function scanOutcome(values: readonly string[], context: ScanContext): ScanOutcome | null {
  const outcomes = values.map((value) => outcomeOf(value, context));
  return outcomes.find((outcome) => outcome.kind === 'exhibit') ?? outcomes[0] ?? null;
}

function outcomeOf(value: string, { origins, codes, exhibitPath }: ScanContext): ScanOutcome {
  const shortCode = codeFromShortLink(value.trim(), origins);
  if (shortCode === null) return { kind: 'foreign' };
  const code = resolveCode(shortCode, Object.keys(codes));
  const id = code === null ? undefined : codes[code];
  if (code === null || id === undefined) return { kind: 'unknown', code: shortCode.toUpperCase() };
  return { kind: 'exhibit', code, id, href: exhibitPath.replace('{id}', encodeURIComponent(id)) };
}
