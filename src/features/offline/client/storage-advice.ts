import { askToPersist, evictsAfterSevenDays, type PersistOutcome, persistedState } from '../storage-advice.ts';

/**
 * <storage-advice>: tells iPhone and iPad visitors that their downloads last 7 days without a visit
 * unless the site is on the Home Screen, and offers to ask the browser to keep them for good where it
 * can, showing its answer. Shown only when one of the two applies.
 */
class StorageAdvice extends HTMLElement {
  private strings = { persisted: '', persistRefused: '' };

  async connectedCallback() {
    this.strings = JSON.parse(this.dataset.strings ?? '{}') as typeof this.strings;
    const sevenDays = evictsAfterSevenDays({
      userAgent: navigator.userAgent,
      maxTouchPoints: navigator.maxTouchPoints,
      standalone:
        matchMedia('(display-mode: standalone)').matches ||
        (navigator as Navigator & { standalone?: boolean }).standalone === true,
    });
    this.child('[data-seven-days]').hidden = !sevenDays;
    const state = await persistedState(navigator.storage);
    if (state === 'granted') this.show('granted');
    else if (state === 'undecided') {
      this.child('[data-persist-choice]').hidden = false;
      this.child('[data-persist]').addEventListener('click', () => void this.ask(), { once: true });
    }
    this.hidden = !sevenDays && state === 'unsupported';
  }

  private async ask() {
    const button = this.child<HTMLButtonElement>('[data-persist]');
    button.disabled = true;
    const outcome = await askToPersist(navigator.storage);
    this.child('[data-persist-choice]').hidden = true;
    this.show(outcome);
  }

  private show(outcome: PersistOutcome) {
    if (outcome === 'unsupported') return;
    this.child('[data-persist-result]').textContent =
      outcome === 'granted' ? this.strings.persisted : this.strings.persistRefused;
  }

  private child<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector) as T;
  }
}

customElements.define('storage-advice', StorageAdvice);
