import { describe, expect, it } from 'vitest';
import { SPLAT_UPDATES, UpdateGate } from './update-gate.ts';

/** Runs `frames` frames `gapMs` apart, moving or not, and returns which of them updated. */
function run(gate: UpdateGate, frames: number, gapMs: number, moved: boolean, start = 0): boolean[] {
  return Array.from({ length: frames }, (_, i) => gate.frame(start + i * gapMs, moved));
}

describe('UpdateGate', () => {
  it('updates on every still frame, so the view the visitor stops at is sorted for it', () => {
    expect(run(new UpdateGate(), 5, 16, false)).toEqual([true, true, true, true, true]);
  });

  it('on a slow device (300 ms frames) updates one moving frame in four, not every one', () => {
    const updates = run(new UpdateGate(), 20, 300, true).filter(Boolean).length;
    expect(updates).toBe(5);
  });

  it('on a fast device (60 frames a second) updates about ten times a second while moving', () => {
    const updates = run(new UpdateGate(), 60, 1000 / 60, true).filter(Boolean).length;
    expect(updates).toBeGreaterThanOrEqual(9);
    expect(updates).toBeLessThanOrEqual(10);
  });

  it('moving frames count from the last still frame, which was up to date', () => {
    const gate = new UpdateGate();
    run(gate, 3, 16, false);
    expect(run(gate, 5, 300, true, 5000)).toEqual([false, false, false, true, false]);
  });

  it('a still frame after skipped moving frames updates, whatever the count', () => {
    const gate = new UpdateGate();
    expect(run(gate, 3, 16, true)).toEqual([true, false, false]);
    expect(gate.frame(48 + SPLAT_UPDATES.settleMs, false)).toBe(true);
  });
});
