import { fill } from '../../../client/strings.ts';
import { formatDistance } from '../../map/index.ts';
import { nearestFirst } from '../nearest-wifi.ts';

type Strings = Record<'locating' | 'refused' | 'unavailable' | 'distance', string>;

/**
 * <wifi-nearby>: the hotspots are listed by the page; the position is asked for only when the visitor
 * presses the button (never on load), and then every list is re-ordered nearest first.
 */
class WifiNearby extends HTMLElement {
  connectedCallback(): void {
    const strings = JSON.parse(this.dataset.strings ?? '{}') as Strings;
    const status = this.querySelector<HTMLElement>('[data-wifi-status]');
    const button = this.querySelector<HTMLButtonElement>('[data-locate]');
    const say = (text: string) => {
      if (status) status.textContent = text;
    };
    button?.addEventListener('click', () => {
      if (!('geolocation' in navigator)) return say(strings.unavailable);
      say(strings.locating);
      navigator.geolocation.getCurrentPosition(
        (position) => {
          say('');
          this.order({ lat: position.coords.latitude, lon: position.coords.longitude }, strings);
        },
        (error) => say(error.code === error.PERMISSION_DENIED ? strings.refused : strings.unavailable),
        { enableHighAccuracy: false, timeout: 15_000, maximumAge: 60_000 },
      );
    });
  }

  private order(from: { lat: number; lon: number }, strings: Strings): void {
    const locale = this.dataset.locale ?? 'en';
    let nearest: { item: HTMLElement; meters: number } | null = null;
    for (const list of this.querySelectorAll<HTMLOListElement>('[data-wifi-list]')) {
      const items = [...list.querySelectorAll<HTMLElement>('li[data-hotspot]')].map((item) => ({
        item,
        id: item.dataset.hotspot ?? '',
        lat: Number(item.dataset.lat),
        lon: Number(item.dataset.lon),
      }));
      const ordered = nearestFirst(items, from);
      for (const { hotspot, meters } of ordered) {
        hotspot.item.removeAttribute('data-nearest');
        const distance = hotspot.item.querySelector('[data-wifi-distance]');
        if (distance) distance.textContent = fill(strings.distance, { distance: formatDistance(meters, locale) });
        if (!nearest || meters < nearest.meters) nearest = { item: hotspot.item, meters };
      }
      list.replaceChildren(...ordered.map((o) => o.hotspot.item));
    }
    nearest?.item.setAttribute('data-nearest', '');
  }
}

customElements.define('wifi-nearby', WifiNearby);
