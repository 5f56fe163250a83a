import * as z from 'zod/mini';

/** Label code → exhibit id, as served at /x/codes.json. */
export type CodeTable = Readonly<Record<string, string>>;

// zod/mini rather than zod: this schema ships to phones with the keypad, the scanner and the not-found
// page, and the mini build tree-shakes to about 4 KB (gzip) where the full one is near 90 KB.
const codeTableSchema = z.record(
  z.string().check(z.minLength(1)),
  z
    .string({ error: 'expected an exhibit id (a string)' })
    .check(z.minLength(1, { error: 'expected an exhibit id, got an empty string' })),
  {
    error: (issue) =>
      issue.code === 'invalid_type'
        ? 'expected an object of label codes to exhibit ids, like {"QN-101": "bronze-drum"}'
        : 'expected a label code, got an empty name', // the key's own message is not kept by z.record
  },
);

/**
 * The one reader of the label code table: the build checks what it writes with it, and every page
 * that reads /x/codes.json (keypad, scanner, short links) goes through `loadCodeTable`. A table that
 * is not a plain object of non-empty strings is refused with `source`, the code and what was expected,
 * so a broken or intercepted response cannot send the visitor to a made-up address.
 */
export function parseCodeTable(json: unknown, source: string): CodeTable {
  const result = codeTableSchema.safeParse(json);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) =>
    issue.path.length > 0 ? `"${issue.path.map(String).join('.')}": ${issue.message}` : issue.message,
  );
  throw new Error(`${source} is not a label code table: ${problems.join('; ')}`);
}

/**
 * Fetches and checks the table at `url`. Null when it cannot be had (offline, an error status, a
 * refused table: the refusal is logged for whoever deploys the site); the caller says so to the visitor.
 */
export async function loadCodeTable(url: string): Promise<CodeTable | null> {
  try {
    const response = await fetch(url);
    if (!response.ok) return null;
    return parseCodeTable(await response.json(), url);
  } catch (error) {
    if (error instanceof Error && error.message.includes('is not a label code table')) console.error(error.message);
    return null;
  }
}
