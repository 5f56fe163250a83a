import { getCatalog } from '../../content/catalog.ts';
import { parseCodeTable } from '../../features/scan/code-table.ts';
import { urls } from '../../urls.ts';

/**
 * Label code → exhibit id, for the keypad, the scanner and the not-found page (kept small and
 * cacheable); written through the same check its readers use, so the build cannot write what they refuse.
 */
export function GET(): Response {
  const codes = parseCodeTable(Object.fromEntries(getCatalog().exhibits.map((e) => [e.code, e.id])), urls.codes());
  return new Response(JSON.stringify(codes), { headers: { 'Content-Type': 'application/json' } });
}
