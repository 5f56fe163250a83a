/** Pure decisions of the narration player, kept apart from the DOM so they can be tested. */

/** "1:05", "12:00", "1:02:03": how long a narration is, or where it is. */
export function formatClock(seconds: number): string {
  const total = Math.max(0, Math.floor(Number.isFinite(seconds) ? seconds : 0));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/**
 * Where to start when a visitor comes back: where they left off, unless that was the very beginning
 * (nothing to resume) or the very end (they finished; start again).
 */
export function resumePosition(saved: number | null, duration: number): number {
  if (saved === null || !Number.isFinite(saved) || saved < 5) return 0;
  if (Number.isFinite(duration) && duration > 0 && saved > duration - 5) return 0;
  return saved;
}

export const PLAYBACK_RATES = [0.75, 1, 1.25, 1.5] as const;

/** A stored rate if it is one the player offers, else normal speed. */
export function playbackRate(stored: string | null): number {
  const rate = Number(stored);
  return (PLAYBACK_RATES as readonly number[]).includes(rate) ? rate : 1;
}

/** Seeking ±10 s, kept within the recording. */
export function skipTo(current: number, delta: number, duration: number): number {
  const end = Number.isFinite(duration) ? duration : current + Math.max(delta, 0);
  return Math.min(Math.max(current + delta, 0), end);
}

export function resumeKey(exhibitId: string, lang: string): string {
  return `narration:${exhibitId}:${lang}`;
}
