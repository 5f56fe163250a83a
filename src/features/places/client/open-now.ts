import { type HoursStrings, hoursText } from '../hours-text.ts';
import { openStateAt, siteMinutes } from '../open-now.ts';

/** <open-now>: "Open now, closes at 21:00" for the minute the visitor reads the page, kept current. */
class OpenNow extends HTMLElement {
  private timer = 0;

  connectedCallback() {
    this.update();
    this.timer = window.setInterval(() => this.update(), 60_000);
  }

  disconnectedCallback() {
    window.clearInterval(this.timer);
  }

  private update() {
    const schedule = JSON.parse(this.dataset.schedule ?? 'null') as number[] | null;
    const from = this.dataset.from ?? '';
    const days = Number(this.dataset.days);
    const strings = JSON.parse(this.dataset.strings ?? '{}') as HoursStrings;
    const now = siteMinutes(new Date(), this.dataset.timezone ?? 'UTC', from);
    const state = openStateAt(schedule, now, days);
    const weekday = new Intl.DateTimeFormat(this.dataset.locale, { weekday: 'long', timeZone: 'UTC' });
    const start = Date.parse(`${from}T00:00:00Z`);
    const dayName = (offset: number) =>
      weekday.format(new Date(start + (Math.floor(now / 1440) + offset) * 86_400_000));
    const text = hoursText(state, now, strings, dayName);
    this.textContent = text;
    this.hidden = text === '';
    this.dataset.state = state.state;
  }
}

customElements.define('open-now', OpenNow);
