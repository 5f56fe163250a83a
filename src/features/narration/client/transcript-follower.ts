// Keys that scroll the page when no control has the focus.
const SCROLL_KEYS = new Set(['PageUp', 'PageDown', 'Home', 'End', 'ArrowUp', 'ArrowDown', ' ']);
const isControl = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || /^(INPUT|SELECT|TEXTAREA|BUTTON)$/.test(target.tagName));

/**
 * Keeps the sentence being read in view, without taking the page from the visitor: the page scrolls
 * only while the narration plays, and never again once the visitor has scrolled it themselves, until
 * they ask for sound again (Play, or a sentence of the transcript). A visitor who has just scanned a
 * label lands at the top, by the title and the Play button, not at the transcript.
 */
export class TranscriptFollower {
  private visitorScrolled = false;

  constructor() {
    const scrolledByVisitor = () => {
      this.visitorScrolled = true;
    };
    addEventListener('wheel', scrolledByVisitor, { passive: true });
    addEventListener('touchmove', scrolledByVisitor, { passive: true });
    addEventListener('keydown', (e: KeyboardEvent) => {
      if (SCROLL_KEYS.has(e.key) && !isControl(e.target)) scrolledByVisitor();
    });
  }

  /** The visitor asked for sound: the transcript may follow again. */
  listening(): void {
    this.visitorScrolled = false;
  }

  /** Brings `line` into view if the narration plays, the visitor lets it, and the line is out of view. */
  follow(line: HTMLElement, playing: boolean): void {
    if (!playing || this.visitorScrolled) return;
    const box = line.getBoundingClientRect();
    if (box.top >= 0 && box.bottom <= innerHeight) return;
    const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    line.scrollIntoView({ block: 'nearest', behavior: smooth ? 'smooth' : 'auto' });
  }
}
