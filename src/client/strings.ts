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

/**
 * The UI strings an island needs, picked by key prefix from a language's strings and handed over
 * without it: `pickStrings(strings, 'narration.', ['play', 'pause'])` gives `{ play, pause }`. With no
 * list, every key under the prefix. `{{slots}}` are kept for `fill()` in the browser. A listed key the
 * strings lack is an error at build, naming the key, rather than an island showing "undefined".
 */
export function pickStrings<K extends string>(
  strings: Readonly<Record<string, string>>,
  prefix: string,
  keys?: readonly K[],
): Record<K, string> {
  const picked: Record<string, string> = {};
  if (keys) {
    for (const key of keys) {
      const text = strings[`${prefix}${key}`];
      if (text === undefined) throw new Error(`UI strings: no "${prefix}${key}" for an island`);
      picked[key] = text;
    }
  } else {
    for (const [key, text] of Object.entries(strings))
      if (key.startsWith(prefix)) picked[key.slice(prefix.length)] = text;
  }
  return picked as Record<K, string>;
}
