/** Values for the `{{name}}` slots of a translated string. */
export type Slots = Record<string, string | number>;

/**
 * A translated string with its `{{name}}` slots filled (spaces inside the braces allowed, as Decap's
 * own strings write them); a slot without a value becomes empty rather than showing its braces. Pure:
 * islands and the build both use it.
 */
export function fill(text: string, values: Slots = {}): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, key: string) => String(values[key] ?? ''));
}
