import { urls } from '../../../urls.ts';
import { type CountStrings, countText, readOpenCounts } from '../report-counts.ts';

/**
 * <open-report-counts>: on the editors' static pages, the signed-in expert's open reports, asked of
 * the reports service on each load (the counts change all day; the pages are built once a night).
 * Beside each listing marked `data-place`, "2 open reports"; in `[data-open-reports-total]`, the
 * total, linking to the reports view. Nobody signed in, or no service (static hosting): the page is
 * left as built, and nothing is logged.
 */
class OpenReportCounts extends HTMLElement {
  async connectedCallback() {
    const counts = await fetch(urls.openReportCounts(), { headers: { accept: 'application/json' } })
      .then((response) => (response.ok ? response.json() : undefined))
      .then(readOpenCounts)
      .catch(() => undefined);
    if (!counts) {
      this.dataset.counted = ''; // for browser tests: the page is as it will stay
      return;
    }
    const strings = JSON.parse(this.dataset.strings ?? '{}') as CountStrings;
    const locale = this.dataset.locale ?? 'vi';
    const view = this.dataset.reportsView ?? '';
    const link = (text: string) => {
      const a = document.createElement('a');
      a.href = view;
      a.textContent = text;
      return a;
    };
    for (const { kind, id, open } of counts) {
      if (kind !== 'place' || open === 0) continue;
      for (const listing of this.querySelectorAll<HTMLElement>(`[data-place="${CSS.escape(id)}"]`)) {
        const badge = link(countText(strings, 'listing', open, locale));
        badge.className = 'open-reports';
        badge.dataset.openReports = String(open);
        listing.append(' ', badge);
      }
    }
    const total = counts.reduce((sum, count) => sum + count.open, 0);
    for (const slot of this.querySelectorAll<HTMLElement>('[data-open-reports-total]')) {
      slot.replaceChildren(link(total > 0 ? countText(strings, 'total', total, locale) : (strings.none ?? '')));
      slot.dataset.openReportsTotal = String(total);
      slot.hidden = false;
    }
    this.dataset.counted = '';
  }
}

customElements.define('open-report-counts', OpenReportCounts);
