import {
  filesToDownload,
  formatBytes,
  type InstalledPack,
  isQuotaError,
  parsePackManifest,
  totalBytes,
} from '../pack-plan.ts';
import { urls } from '../../../urls.ts';
import type { PackManifest } from '../../../content/schemas/offline-pack.ts';
import { deletePack, downloadPack, installedPacks } from './pack-store.ts';
import { fill } from '../../../client/strings.ts';

type Strings = Record<
  | 'size'
  | 'start'
  | 'progress'
  | 'done'
  | 'cancelled'
  | 'quota'
  | 'failed'
  | 'downloadedOn'
  | 'outdated'
  | 'update'
  | 'delete'
  | 'deleted'
  | 'none'
  | 'storage'
  | 'persisted'
  | 'notPersisted'
  | 'unsupported'
  | 'needsOnline',
  string
>;

const packUrlOf = urls.pack;
const playsOpus = () => document.createElement('audio').canPlayType('audio/webm; codecs="opus"') !== '';

async function fetchPack(url: string): Promise<PackManifest | null> {
  try {
    const response = await fetch(url, { cache: 'no-cache' });
    return response.ok ? parsePackManifest(await response.json()) : null;
  } catch {
    return null;
  }
}

/** <pack-downloads>: "Download the museum" with its size, progress and cancel; the packs on this device. */
class PackDownloads extends HTMLElement {
  private strings = {} as Strings;
  private names: Record<string, string> = {};
  private busy = false;
  private readonly size = (bytes: number) => formatBytes(bytes, this.dataset.locale ?? 'en');

  async connectedCallback() {
    this.strings = JSON.parse(this.dataset.strings ?? '{}') as Strings;
    this.names = JSON.parse(this.dataset.names ?? '{}') as Record<string, string>;
    if (!('caches' in window) || !('serviceWorker' in navigator)) {
      for (const message of this.querySelectorAll('[data-pack-message]'))
        message.textContent = this.strings.unsupported;
      return;
    }
    for (const card of this.querySelectorAll<HTMLElement>('[data-pack]')) await this.setUpCard(card);
    await this.renderInstalled(true);
  }

  private async setUpCard(card: HTMLElement) {
    const q = <T extends Element>(selector: string) => card.querySelector<T>(selector) as T;
    const message = q<HTMLElement>('[data-pack-message]');
    const pack = await fetchPack(card.dataset.packUrl ?? '');
    if (!pack) {
      message.textContent = this.strings.needsOnline;
      return;
    }
    const models = q<HTMLInputElement>('[data-models]');
    q<HTMLElement>('[data-models-choice]').hidden = pack.models.length === 0;
    if (pack.models.length > 0)
      q<HTMLElement>('[data-models-size]').textContent = `(${this.size(totalBytes(pack.models))})`;
    const plan = () => filesToDownload(pack, { playsOpus: playsOpus(), models: models.checked });
    const start = q<HTMLButtonElement>('[data-start]');
    const showSize = () => {
      const bytes = totalBytes(plan());
      q<HTMLElement>('[data-pack-size]').textContent = fill(this.strings.size, { size: this.size(bytes) });
      start.textContent = fill(this.strings.start, { size: this.size(bytes) });
    };
    showSize();
    models.addEventListener('change', showSize);
    start.disabled = false;
    start.addEventListener('click', () => void this.download(card, pack, plan(), models.checked));
  }

  private async download(
    card: HTMLElement,
    pack: PackManifest,
    files: ReturnType<typeof filesToDownload>,
    withModels: boolean,
  ) {
    if (this.busy) return;
    this.busy = true;
    const q = <T extends Element>(selector: string) => card.querySelector<T>(selector) as T;
    const [start, cancel, progress, message] = [
      q<HTMLButtonElement>('[data-start]'),
      q<HTMLButtonElement>('[data-cancel]'),
      q<HTMLProgressElement>('[data-progress]'),
      q<HTMLElement>('[data-pack-message]'),
    ];
    const total = totalBytes(files);
    const controller = new AbortController();
    const onCancel = () => controller.abort();
    cancel.addEventListener('click', onCancel);
    [start.disabled, cancel.hidden, progress.hidden, progress.value] = [true, false, false, 0];
    message.textContent = fill(this.strings.progress, { done: this.size(0), total: this.size(total) });
    // Ask the browser to keep downloads when space runs low; it may say no, and the download still runs.
    await navigator.storage?.persist?.().catch(() => false);
    try {
      await downloadPack(
        { id: pack.id, version: pack.version, models: withModels },
        files,
        (done) => {
          progress.value = total > 0 ? done / total : 1;
          message.textContent = fill(this.strings.progress, { done: this.size(done), total: this.size(total) });
        },
        controller.signal,
      );
      message.textContent = this.strings.done;
    } catch (error) {
      message.textContent = controller.signal.aborted
        ? this.strings.cancelled
        : isQuotaError(error)
          ? fill(this.strings.quota, { size: this.size(total) })
          : this.strings.failed;
    } finally {
      cancel.removeEventListener('click', onCancel);
      [start.disabled, cancel.hidden, progress.hidden] = [false, true, true];
      this.busy = false;
      await this.renderInstalled(false);
    }
  }

  private async renderInstalled(cleanUp: boolean) {
    const list = this.querySelector<HTMLUListElement>('[data-installed]');
    if (!list) return;
    const packs = await installedPacks(cleanUp);
    list.replaceChildren(...packs.map((pack) => this.installedItem(pack)));
    if (packs.length === 0)
      list.replaceChildren(Object.assign(document.createElement('li'), { textContent: this.strings.none }));
    const storage = this.querySelector<HTMLElement>('[data-storage]');
    const estimate = await navigator.storage?.estimate?.().catch(() => null);
    if (storage && estimate?.quota) {
      const persisted = await navigator.storage.persisted?.().catch(() => false);
      storage.textContent = `${fill(this.strings.storage, { used: this.size(estimate.usage ?? 0), quota: this.size(estimate.quota) })} ${persisted ? this.strings.persisted : this.strings.notPersisted}`;
    }
  }

  private installedItem(pack: InstalledPack): HTMLLIElement {
    const item = document.createElement('li');
    item.dataset.installedPack = pack.id;
    const name = Object.assign(document.createElement('strong'), { textContent: this.names[pack.id] ?? pack.id });
    const meta = Object.assign(document.createElement('span'), {
      className: 'muted',
      textContent: fill(this.strings.downloadedOn, { date: pack.date, size: this.size(pack.bytes) }),
    });
    const remove = Object.assign(document.createElement('button'), {
      type: 'button',
      textContent: this.strings.delete,
    });
    remove.addEventListener('click', async () => {
      await deletePack(pack.id);
      await this.renderInstalled(false);
      this.querySelector<HTMLElement>(`[data-pack="${pack.id}"] [data-pack-message]`)?.replaceChildren(
        this.strings.deleted,
      );
    });
    item.append(name, ' ', meta, ' ', remove);
    void fetchPack(packUrlOf(pack.id)).then((latest) => {
      if (!latest || latest.version === pack.version) return;
      const card = this.querySelector<HTMLElement>(`[data-pack="${pack.id}"]`);
      // A pack in another language is updated from the download page of its language, which shows
      // its progress.
      const update = card
        ? Object.assign(document.createElement('button'), { type: 'button', textContent: this.strings.update })
        : Object.assign(document.createElement('a'), {
            href: urls.downloads(latest.lang),
            textContent: this.strings.update,
            hreflang: latest.lang,
          });
      if (card)
        update.addEventListener('click', () => {
          void this.download(
            card,
            latest,
            filesToDownload(latest, { playsOpus: playsOpus(), models: pack.models }),
            pack.models,
          );
        });
      item.append(
        ' ',
        Object.assign(document.createElement('span'), { textContent: this.strings.outdated }),
        ' ',
        update,
      );
    });
    return item;
  }
}

customElements.define('pack-downloads', PackDownloads);
