/**
 * Tap-to-sync's record of one pass through a recording: the curator taps as each sentence starts, in
 * order. Taps earlier than the previous one (a double tap, a seek back) are ignored, so the starts
 * always rise; a pass is done when every sentence has its start.
 */
export class TapSession {
  readonly starts: number[] = [];
  readonly sentences: number;
  constructor(sentences: number) {
    this.sentences = sentences;
  }

  get done(): boolean {
    return this.starts.length >= this.sentences;
  }

  /** Records `time` (seconds into the recording) as the next sentence's start; false if ignored. */
  tap(time: number): boolean {
    const last = this.starts.at(-1);
    if (this.done || !Number.isFinite(time) || (last !== undefined && time <= last + 0.2)) return false;
    this.starts.push(Math.round(time * 1000) / 1000);
    return true;
  }

  restart(): void {
    this.starts.length = 0;
  }
}
