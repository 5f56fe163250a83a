import { getCatalog } from '../../content/catalog.ts';

/** Label code → exhibit id, for the keypad, the scanner and the not-found page (kept small and cacheable). */
export function GET(): Response {
  const codes = Object.fromEntries(getCatalog().exhibits.map((e) => [e.code, e.id]));
  return new Response(JSON.stringify(codes), { headers: { 'Content-Type': 'application/json' } });
}
