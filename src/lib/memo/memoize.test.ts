import { describe, expect, it } from 'vitest';
import { memoize } from './memoize.ts';

describe('memoize', () => {
  it('computes once per key and returns the same result for the same key', () => {
    let calls = 0;
    const square = memoize(
      (n: number) => String(n),
      (n: number) => {
        calls += 1;
        return { value: n * n };
      },
    );
    const first = square(3);
    expect(square(3)).toBe(first);
    expect(square(4).value).toBe(16);
    expect(calls).toBe(2);
  });

  it('keeps results that are undefined or null without recomputing them', () => {
    let calls = 0;
    const nothing = memoize(
      (key: string) => key,
      () => {
        calls += 1;
        return null;
      },
    );
    nothing('a');
    nothing('a');
    expect(calls).toBe(1);
  });

  it('empties its store at the limit, so memory stays bounded', () => {
    let calls = 0;
    const id = memoize(
      (n: number) => String(n),
      (n: number) => {
        calls += 1;
        return n;
      },
      2,
    );
    id(1);
    id(2);
    id(3); // store was full: emptied, then 3 kept
    id(1); // computed again
    expect(calls).toBe(4);
    id(3);
    expect(calls).toBe(4);
  });
});
