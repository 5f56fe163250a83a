import { describe, expect, it } from 'vitest';
import { formatClock, playbackRate, resumePosition, skipTo } from './playback.ts';

describe('playback', () => {
  it('formats clock times', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(65.9)).toBe('1:05');
    expect(formatClock(3723)).toBe('1:02:03');
    expect(formatClock(Number.NaN)).toBe('0:00');
  });
  it('resumes only from the middle of a narration', () => {
    expect(resumePosition(null, 100)).toBe(0);
    expect(resumePosition(3, 100)).toBe(0);
    expect(resumePosition(42.5, 100)).toBe(42.5);
    expect(resumePosition(97, 100)).toBe(0);
    expect(resumePosition(42, Number.NaN)).toBe(42);
  });
  it('accepts only the offered speeds', () => {
    expect(playbackRate('1.25')).toBe(1.25);
    expect(playbackRate('3')).toBe(1);
    expect(playbackRate(null)).toBe(1);
  });
  it('skips within the recording', () => {
    expect(skipTo(5, -10, 60)).toBe(0);
    expect(skipTo(55, 10, 60)).toBe(60);
    expect(skipTo(20, 10, 60)).toBe(30);
  });
});
