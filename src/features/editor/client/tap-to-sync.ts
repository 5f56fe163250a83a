import { fill } from '../../../client/strings.ts';
import { TapSession } from './tap-session.ts';

export interface TapToSyncStrings {
  start: string;
  tap: string;
  /** With {{done}} and {{total}}. */
  progress: string;
  saved: string;
}

/**
 * <tap-to-sync>: plays a narration recording and lets a curator tap (the button, or Space) as each
 * sentence starts. Shows the sentence due next; when every sentence has its start it fires `synced`
 * with `detail: number[]` (seconds). Set `src`, `sentences` and `strings` (the editor's, already in its
 * language) before connecting.
 */
export class TapToSync extends HTMLElement {
  src = '';
  sentences: string[] = [];
  strings: TapToSyncStrings = { start: 'Play', tap: 'Tap', progress: '{{done}}/{{total}}', saved: '✓' };
  private session = new TapSession(0);
  private readonly audio = document.createElement('audio');
  private readonly tapButton = document.createElement('button');
  private readonly status = document.createElement('p');
  private readonly next = document.createElement('p');

  connectedCallback(): void {
    this.session = new TapSession(this.sentences.length);
    this.audio.controls = true;
    this.audio.preload = 'metadata';
    this.audio.src = this.src;
    const start = document.createElement('button');
    start.type = 'button';
    start.textContent = this.strings.start;
    start.addEventListener('click', () => {
      this.session.restart();
      this.audio.currentTime = 0;
      void this.audio.play();
      this.tapButton.disabled = false;
      this.tapButton.focus();
      this.render();
    });
    this.tapButton.type = 'button';
    this.tapButton.disabled = true;
    this.tapButton.textContent = this.strings.tap;
    this.tapButton.style.cssText = 'font-size:1.2em;padding:0.6em 1.2em;margin:0.5em';
    this.tapButton.addEventListener('click', () => this.tap());
    // Space taps even while the focus is elsewhere in this element (not in a text box of the form).
    this.addEventListener('keydown', (event) => {
      if (event.key !== ' ' || event.target === this.audio) return;
      event.preventDefault();
      this.tap();
    });
    this.status.setAttribute('role', 'status');
    this.next.style.fontStyle = 'italic';
    this.replaceChildren(this.audio, start, this.tapButton, this.status, this.next);
    this.render();
  }

  private tap(): void {
    if (!this.session.tap(this.audio.currentTime)) return;
    this.render();
    if (this.session.done) {
      this.tapButton.disabled = true;
      this.dispatchEvent(new CustomEvent('synced', { detail: [...this.session.starts] }));
    }
  }

  private render(): void {
    const done = this.session.starts.length;
    this.status.textContent = this.session.done
      ? this.strings.saved
      : fill(this.strings.progress, { done, total: this.sentences.length });
    this.next.textContent = this.sentences[done] ?? '';
  }
}

if (!customElements.get('tap-to-sync')) customElements.define('tap-to-sync', TapToSync);
