import { urls } from '../../../urls.ts';

interface Listing {
  name: string;
  page: string;
  edit: string;
  collection?: 'places' | 'exhibits';
}
interface ExpertReport {
  id: string;
  kind: string;
  note: string | null;
  state: string;
  receivedAt: string;
}
interface Strings {
  none: string;
  confirm: string;
  fixed: string;
  dismiss: string;
  kinds: Record<string, string>;
}

/**
 * <expert-reports>: the open reports on the signed-in expert's listings, oldest first, grouped by
 * listing, with confirm (then the listing opens in the editor), mark fixed and dismiss. Mark fixed
 * settles every open report on the listing and opens a place in the editor with its "Verified on"
 * already today (urls.reverifyEntry), so the expert checks it and saves: the date is re-verified
 * through the editor's review, as every change to content is. Everything from the network is text.
 */
class ExpertReports extends HTMLElement {
  async connectedCallback() {
    const me = await fetch('/api/auth/me').catch(() => undefined);
    if (!me?.ok) {
      this.querySelector<HTMLElement>('[data-sign-in]')!.hidden = false;
      return;
    }
    await this.render();
  }

  private async render() {
    const listings = JSON.parse(this.dataset.listings ?? '{}') as Record<string, Listing>;
    const strings = JSON.parse(this.dataset.strings ?? '{}') as Strings;
    const response = await fetch(urls.reportsApi());
    if (!response.ok) return;
    const body = (await response.json()) as { listings: { kind: string; id: string; reports: ExpertReport[] }[] };
    const list = this.querySelector('[data-report-list]')!;
    const date = new Intl.DateTimeFormat(this.dataset.locale, { dateStyle: 'medium' });
    if (body.listings.length === 0) {
      const none = document.createElement('p');
      none.textContent = strings.none;
      list.replaceChildren(none);
      return;
    }
    list.replaceChildren(
      ...body.listings.map((group) => {
        const listing = listings[`${group.kind}:${group.id}`] ?? { name: group.id, page: '#', edit: '#' };
        const section = document.createElement('section');
        section.dataset.listing = group.id;
        const heading = document.createElement('h2');
        const link = document.createElement('a');
        link.href = listing.page;
        link.textContent = listing.name;
        heading.append(link);
        const items = document.createElement('ol');
        for (const report of group.reports) {
          const item = document.createElement('li');
          item.dataset.report = report.id;
          const what = document.createElement('p');
          what.textContent = `${strings.kinds[report.kind] ?? report.kind} — ${date.format(new Date(report.receivedAt))}`;
          item.append(what);
          if (report.note) {
            const note = document.createElement('blockquote');
            note.textContent = report.note; // a visitor's words, never markup
            item.append(note);
          }
          // The address is built here rather than written in the page: no public page names /admin/?…
          const reverify = listing.collection === 'places' ? urls.reverifyEntry('places', group.id) : listing.edit;
          const act = (label: string, state: string, openEditor?: string) => {
            const button = document.createElement('button');
            button.type = 'button';
            button.textContent = label;
            button.addEventListener('click', async () => {
              const changed = await fetch(`${urls.reportsApi()}/${report.id}/state`, {
                method: 'POST',
                headers: { 'content-type': 'application/json' },
                body: JSON.stringify({ state }),
              });
              if (!changed.ok) return;
              if (openEditor) window.location.assign(openEditor);
              else item.remove();
            });
            return button;
          };
          item.append(
            act(strings.confirm, 'confirmed', listing.edit),
            act(strings.fixed, 'fixed', reverify),
            act(strings.dismiss, 'dismissed'),
          );
          items.append(item);
        }
        section.append(heading, items);
        return section;
      }),
    );
  }
}

customElements.define('expert-reports', ExpertReports);
