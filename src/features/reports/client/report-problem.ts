import { fill } from '../../../client/strings.ts';
import { stored } from '../../../client/storage.ts';
import { ReportOutbox, type SendResult } from '../outbox.ts';
import type { ListingKind, ReportKind } from '../report-kinds.ts';

interface Strings {
  waiting: string;
  received: string;
  refused: string;
  notice: string;
  noticeConfirmed: string;
  kinds: Record<string, string>;
}

const DEVICE_KEY = 'reports.device';

/** A random id for this phone, kept so the service can limit reports per device without knowing it. */
function deviceId(): string {
  const known = stored.get(DEVICE_KEY);
  if (known) return known;
  const id = crypto.randomUUID();
  stored.set(DEVICE_KEY, id);
  return id;
}

/**
 * <report-problem>: the "Report a problem" form of a place or exhibit. The report goes through the
 * outbox, so with no network it waits on the phone and is sent when the connection returns; the
 * visitor reads "waiting", then "received" in the live region. It also shows, at run time, a problem
 * that visitors agree on or the expert confirmed (the static page works without it).
 */
class ReportProblem extends HTMLElement {
  // Made on connection: an element created by the parser has no attributes yet in its constructor.
  private outbox!: ReportOutbox;
  private readonly onOnline = () => void this.flush();

  private get strings(): Strings {
    return JSON.parse(this.dataset.strings ?? '{}') as Strings;
  }

  connectedCallback() {
    this.outbox = new ReportOutbox(stored, (...args) => fetch(...args), this.dataset.endpoint ?? '');
    this.querySelector('form')?.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.submit(event.currentTarget as HTMLFormElement);
    });
    window.addEventListener('online', this.onOnline);
    if (this.outbox.pending().length > 0) this.say(this.strings.waiting, 'waiting');
    void this.flush();
    void this.showNotices();
  }

  disconnectedCallback() {
    window.removeEventListener('online', this.onOnline);
  }

  private async submit(form: HTMLFormElement) {
    const data = new FormData(form);
    const note = String(data.get('note') ?? '').trim();
    const result = await this.outbox.submit({
      clientReportId: crypto.randomUUID(),
      deviceId: deviceId(),
      listing: { kind: this.dataset.listingKind as ListingKind, id: this.dataset.listingId ?? '' },
      kind: String(data.get('kind')) as ReportKind,
      ...(note ? { note } : {}),
      ...(data.get('website') ? { website: String(data.get('website')) } : {}),
    });
    this.report(result);
    if (result !== 'waiting') form.reset();
  }

  private async flush() {
    if ((await this.outbox.flush()).length > 0) this.report('received');
  }

  private report(result: SendResult) {
    if (result === 'waiting') this.say(this.strings.waiting, 'waiting');
    else if (result === 'received') this.say(this.strings.received, 'received');
    else this.say(fill(this.strings.refused, { reason: result.refused }), 'refused');
  }

  private say(text: string, state: string) {
    const status = this.querySelector<HTMLElement>('[data-report-status]');
    if (!status) return;
    status.textContent = text; // text, never HTML: a refusal's reason comes from the network
    status.dataset.state = state;
  }

  private async showNotices() {
    const target = this.querySelector<HTMLElement>('[data-report-notices]');
    const { statusBase, listingId } = this.dataset;
    if (!target || statusBase === undefined || !listingId) return;
    try {
      const response = await fetch(`${statusBase}${encodeURIComponent(listingId)}`, {
        headers: { accept: 'application/json' },
      });
      if (!response.ok) return;
      const { notices, checkedBy } = (await response.json()) as {
        notices?: { kind: string; since: string; confirmed: boolean }[];
        checkedBy?: string | null;
      };
      // A page knows its listing's expert; the map's form names the one the service says checks it.
      const experts = JSON.parse(this.dataset.experts ?? '{}') as Record<string, string>;
      const expert = this.dataset.expert ?? experts[checkedBy ?? ''] ?? '';
      const when = new Intl.RelativeTimeFormat(this.dataset.locale, { numeric: 'auto' });
      target.replaceChildren(
        ...(notices ?? []).map((notice) => {
          const days = Math.round((Date.parse(notice.since) - Date.now()) / 86_400_000);
          const line = document.createElement('p');
          line.textContent = fill(notice.confirmed ? this.strings.noticeConfirmed : this.strings.notice, {
            problem: this.strings.kinds[notice.kind] ?? notice.kind,
            when: when.format(days, 'day'),
            expert,
          });
          return line;
        }),
      );
    } catch {
      // Offline or no service: the page says what it said when it was built.
    }
  }
}

customElements.define('report-problem', ReportProblem);
