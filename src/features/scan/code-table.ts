/**
 * The label code → exhibit id table fetched from /x/codes.json, checked where it enters: null unless
 * it is a plain object of non-empty strings, so a broken or intercepted response cannot send the
 * visitor to a made-up address.
 */
export function parseCodeTable(json: unknown): Record<string, string> | null {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return null;
  const table: Record<string, string> = {};
  for (const [code, id] of Object.entries(json)) {
    if (typeof id !== 'string' || id === '' || code === '') return null;
    table[code] = id;
  }
  return table;
}
