import { type CodeTable, loadCodeTable } from '../code-table.ts';
import { resolveCode } from '../short-codes.ts';
import { fill } from '../../../client/strings.ts';

/** <exhibit-keypad>: digits in, exhibit page out, in the page's language. */
class ExhibitKeypad extends HTMLElement {
  private codes: Promise<CodeTable | null> | null = null;

  connectedCallback() {
    const strings = JSON.parse(this.dataset.strings ?? '{}') as Record<'unknown' | 'empty' | 'offline', string>;
    const input = this.querySelector<HTMLInputElement>('[data-keypad-input]');
    const message = this.querySelector<HTMLElement>('[data-keypad-message]');
    const form = this.querySelector<HTMLFormElement>('[data-keypad-form]');
    if (!input || !message || !form) return;
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-key]')) {
      button.addEventListener('click', () => {
        const key = button.dataset.key;
        input.value = key === 'delete' ? input.value.slice(0, -1) : `${input.value}${key}`.slice(0, 8);
        message.textContent = '';
      });
    }
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const typed = input.value.trim();
      if (!typed) {
        message.textContent = strings.empty;
        return;
      }
      const prefix =
        this.querySelector<HTMLSelectElement>('[data-prefix]')?.value ??
        this.querySelector('[data-prefix-text]')?.textContent?.replace('-', '') ??
        '';
      // Digits alone get the museum's letters; someone typing "qn101" on a keyboard is understood too.
      const candidate = /^[0-9OoIl]+$/.test(typed) ? `${prefix}-${typed}` : typed;
      const codes = await this.loadCodes();
      if (!codes) {
        message.textContent = strings.offline;
        return;
      }
      const code = resolveCode(candidate, Object.keys(codes));
      const id = code ? codes[code] : undefined;
      if (!id) {
        message.textContent = fill(strings.unknown, { code: candidate.toUpperCase() });
        input.select();
        return;
      }
      location.assign((this.dataset.exhibitPath ?? '').replace('{id}', id));
    });
    const unknown = new URLSearchParams(location.search).get('unknown');
    if (unknown) {
      message.textContent = fill(strings.unknown, { code: unknown.toUpperCase().slice(0, 12) });
      input.value = unknown.replace(/\D/g, '').slice(0, 8);
    }
    this.classList.add('is-ready');
  }

  private loadCodes() {
    this.codes ??= loadCodeTable(this.dataset.codes ?? '');
    // A failed download is not remembered, so the next press tries again (the visitor may be back online).
    void this.codes.then((codes) => {
      if (!codes) this.codes = null;
    });
    return this.codes;
  }
}

customElements.define('exhibit-keypad', ExhibitKeypad);
