/**
 * `fn` with its results kept by key: a build renders tens of thousands of pages that ask the same
 * questions (the same opening hours, today's date, the same UI string). Results are shared, so
 * callers must not change them. The store is emptied once it holds `limit` keys, which keeps memory
 * bounded when every key is different.
 */
export function memoize<A extends unknown[], R>(
  keyOf: (...args: A) => string,
  fn: (...args: A) => R,
  limit = 10_000,
): (...args: A) => R {
  const results = new Map<string, R>();
  return (...args: A) => {
    const key = keyOf(...args);
    if (results.has(key)) return results.get(key) as R;
    const result = fn(...args);
    if (results.size >= limit) results.clear();
    results.set(key, result);
    return result;
  };
}
