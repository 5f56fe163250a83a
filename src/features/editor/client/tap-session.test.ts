import { describe, expect, it } from 'vitest';
import { TapSession } from './tap-session.ts';

describe('tap-to-sync taps', () => {
  it('gives each sentence the time it was tapped at, in order, and is done after the last', () => {
    const session = new TapSession(3);
    expect(session.tap(0.05)).toBe(true);
    expect(session.tap(4.2)).toBe(true);
    expect(session.done).toBe(false);
    expect(session.tap(9.8765)).toBe(true);
    expect(session.starts).toEqual([0.05, 4.2, 9.877]);
    expect(session.done).toBe(true);
    expect(session.tap(12)).toBe(false);
  });
  it('ignores a double tap and a tap before the previous one', () => {
    const session = new TapSession(3);
    session.tap(2);
    expect(session.tap(2.1)).toBe(false);
    expect(session.tap(1)).toBe(false);
    expect(session.starts).toEqual([2]);
    session.restart();
    expect(session.starts).toEqual([]);
  });
});
