import { type DecodedPlaces, decodePlaces, type MapPlace } from '../compact-places.ts';
import type { LatLon } from '../distance.ts';
import { countByCategory, filterPlaces } from '../filters.ts';
import { hoursText, openStateAt, siteMinutes } from '../../places/index.ts';
import { byDistance, type RankedPlace } from '../sort.ts';
import { type MapViewState, parseMapState, serializeMapState } from '../url-state.ts';
import { readFilters, showCategoryCounts, writeFilters } from './filter-form.ts';
import { locateVisitor } from './locate.ts';
import { MapView } from './map-view.ts';
import { LIST_PAGE, type ListContext, renderList, renderSelected } from './place-list.ts';
import { fill, type Labels, type MapStrings } from './strings.ts';
import { stored } from '../../../client/storage.ts';
import type { MapBounds } from '../../../content/schemas/destination.ts';

interface MapConfig {
  center: LatLon;
  bounds: MapBounds;
  minZoom: number;
  maxZoom: number;
  defaultZoom: number;
  onlineLayer: { url: string; attribution: string; maxZoom: number } | null;
  museum: LatLon & { name: string };
  timezone: string;
  locale: string;
  placeBase: string;
}

const ONLINE_LAYER_KEY = 'map.onlineLayer';

/**
 * <place-map>: the filters, the list (the accessible primary view) and the map over the same places.
 * Everything the visitor chooses is mirrored into the address, so a link reproduces the view.
 */
class PlaceMap extends HTMLElement {
  private config!: MapConfig;
  private strings!: MapStrings;
  private categories: Labels = {};
  private tags: Labels = {};
  private state!: MapViewState;
  private data: DecodedPlaces | null = null;
  private view!: MapView;
  private visitor: LatLon | null = null;
  private ranked: RankedPlace[] = [];
  private shown = LIST_PAGE;
  private lastFiltered: MapPlace[] | null = null;
  private form!: HTMLFormElement;

  connectedCallback() {
    this.config = JSON.parse(this.dataset.config ?? '{}') as MapConfig;
    this.strings = JSON.parse(this.dataset.strings ?? '{}') as MapStrings;
    this.categories = JSON.parse(this.dataset.categories ?? '{}') as Labels;
    this.tags = JSON.parse(this.dataset.tags ?? '{}') as Labels;
    this.form = this.querySelector('form')!;
    this.state = parseMapState(location.search, {
      categories: Object.keys(this.categories),
      tags: Object.keys(this.tags),
    });
    writeFilters(this.form, this.state.filters);
    // A link that filters by price or tags opens the section that shows them.
    const more = this.querySelector<HTMLDetailsElement>('[data-more-filters]');
    if (more && (this.state.filters.prices.length > 0 || this.state.filters.tags.length > 0)) more.open = true;
    // The places are the long wait: ask for them before building the map, not after.
    const places = fetch(this.dataset.places ?? '');
    this.startMap();
    this.listen();
    void this.load(places);
  }

  private startMap() {
    const c = this.config;
    const { view } = this.state;
    const labelOf = (id: string) => this.categories[id]?.label ?? this.tags[id]?.label ?? id;
    this.view = new MapView(this.querySelector<HTMLElement>('[data-map]')!, {
      center: view ? { lat: view.lat, lon: view.lon } : c.center,
      zoom: view?.zoom ?? c.defaultZoom,
      minZoom: c.minZoom,
      maxZoom: c.maxZoom,
      bounds: c.bounds,
      categories: Object.keys(this.categories),
      labelOf,
      iconOf: (id) => this.categories[id]?.icon ?? '•',
      clusterStrings: {
        mixed: this.strings.clusterMixed,
        single: this.strings.clusterSingle,
        separator: this.strings.clusterSeparator,
      },
      clusterHint: this.strings.clusterHint,
      basemapCredit: this.strings.basemapCredit,
      onSelect: (place) => this.select(place.id, false, true),
      onMove: (center, zoom) => {
        this.state.view = { lat: center.lat, lon: center.lon, zoom };
        this.writeAddress();
      },
    });
    this.landmarks();
    const toggle = this.querySelector<HTMLInputElement>('[data-online-layer]');
    if (toggle && c.onlineLayer) {
      toggle.checked = stored.get(ONLINE_LAYER_KEY) !== 'off';
      const apply = () => this.view.setOnlineLayer(toggle.checked ? c.onlineLayer : null);
      toggle.addEventListener('change', () => {
        stored.set(ONLINE_LAYER_KEY, toggle.checked ? 'on' : 'off');
        apply();
      });
      apply();
    }
    void fetch(this.dataset.basemap ?? '')
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
      .then((geojson: GeoJSON.GeoJsonObject) => {
        this.view.showBasemap(geojson);
        this.dataset.basemapReady = '';
      })
      .catch(() => {
        // The markers and the list still work on a blank sea.
      });
  }

  private async load(request: Promise<Response>) {
    try {
      const response = await request;
      this.data = response.ok ? decodePlaces(await response.json()) : null;
    } catch {
      this.data = null;
    }
    if (!this.data) {
      this.say(this.strings.loadError);
      return;
    }
    this.apply();
    if (this.state.place) this.select(this.state.place, !this.state.view, false);
    if (this.state.nearMe && (await this.geolocationGranted())) void this.nearMe();
    this.dataset.ready = '';
    this.dispatchEvent(new CustomEvent('map-ready', { bubbles: true }));
  }

  private listen() {
    let timer = 0;
    this.form.addEventListener('submit', (event) => event.preventDefault());
    this.form.addEventListener('input', (event) => {
      window.clearTimeout(timer);
      const typing = (event.target as HTMLInputElement).type === 'search';
      timer = window.setTimeout(() => this.onFiltersChanged(), typing ? 200 : 0);
    });
    this.form.addEventListener('reset', () => window.setTimeout(() => this.onFiltersChanged(), 0));
    this.addEventListener('click', (event) => {
      const target = (event.target as HTMLElement).closest<HTMLElement>('[data-select], [data-more], [data-near-me]');
      if (!target) return;
      if (target.dataset.select !== undefined) this.select(target.dataset.select || null, true, true);
      else if (target.dataset.more !== undefined) this.showMore();
      else void this.nearMe();
    });
  }

  private onFiltersChanged() {
    this.state.filters = readFilters(this.form);
    this.shown = LIST_PAGE;
    this.apply();
    this.writeAddress();
  }

  private minute(): number {
    return this.data ? siteMinutes(new Date(), this.config.timezone, this.data.hoursFrom) : 0;
  }

  /** Filters, sorts and draws the list and the map. */
  private apply() {
    if (!this.data) return;
    const { places, hoursDays } = this.data;
    const context = {
      minute: this.minute(),
      windowDays: hoursDays,
      labelOf: (id: string) => this.categories[id]?.label ?? this.tags[id]?.label ?? id,
    };
    const { filters } = this.state;
    const filtered = filterPlaces(places, filters, context);
    const others = filters.categories.length ? filterPlaces(places, { ...filters, categories: [] }, context) : filtered;
    showCategoryCounts(this.form, countByCategory(others));
    this.ranked = byDistance(filtered, this.visitor ?? this.config.museum, this.config.locale);
    this.renderList();
    const count = filtered.length;
    const summary =
      count === 0
        ? this.strings.noResults
        : fill(count === 1 ? this.strings.resultsOne : this.strings.resultsOther, { count });
    this.querySelector('[data-count]')!.textContent = summary;
    if (this.lastFiltered === null || !sameList(this.lastFiltered, filtered)) this.view.setPlaces(filtered);
    this.lastFiltered = filtered;
  }

  private listContext(): ListContext {
    const now = this.minute();
    const hoursDays = this.data?.hoursDays ?? 0;
    const weekday = new Intl.DateTimeFormat(this.config.locale, { weekday: 'long', timeZone: 'UTC' });
    const from = Date.parse(`${this.data?.hoursFrom ?? '1970-01-01'}T00:00:00Z`);
    const dayName = (days: number) => weekday.format(new Date(from + (Math.floor(now / 1440) + days) * 86_400_000));
    return {
      strings: this.strings,
      locale: this.config.locale,
      categories: this.categories,
      placeUrl: (id) => `${this.config.placeBase}${id}/`,
      hoursOf: (place) => hoursText(openStateAt(place.schedule, now, hoursDays), now, this.strings, dayName),
      fromVisitor: this.visitor !== null,
      selected: this.state.place,
    };
  }

  private renderList() {
    renderList(
      this.querySelector('[data-list]')!,
      this.querySelector('[data-more]')!,
      this.ranked,
      this.shown,
      this.listContext(),
    );
  }

  private showMore() {
    const list = this.querySelector('[data-list]')!;
    const first = list.children.length;
    this.shown += LIST_PAGE;
    this.renderList();
    // Keyboard users land on the first new entry rather than back at the top.
    list.children[first]?.querySelector<HTMLElement>('a')?.focus();
  }

  /** Selects a place (or none): the panel, the marker, the list entry and the address agree. */
  private select(id: string | null, reveal: boolean, focus: boolean) {
    const place = id ? this.data?.places.find((p) => p.id === id) : undefined;
    this.state.place = place ? place.id : null;
    const ranked = place ? byDistance([place], this.visitor ?? this.config.museum, this.config.locale)[0]! : null;
    const panel = this.querySelector<HTMLElement>('[data-selected]')!;
    renderSelected(panel, ranked, this.listContext(), this.querySelector('template[data-selected-template]'));
    this.view.select(this.state.place, reveal);
    for (const li of this.querySelectorAll<HTMLElement>('[data-list] > li')) {
      if (li.dataset.place === this.state.place) li.setAttribute('aria-current', 'true');
      else li.removeAttribute('aria-current');
    }
    if (focus && place) panel.querySelector<HTMLElement>('h2')?.focus();
    this.writeAddress();
  }

  private async geolocationGranted(): Promise<boolean> {
    try {
      return (await navigator.permissions.query({ name: 'geolocation' })).state === 'granted';
    } catch {
      return false;
    }
  }

  private async nearMe() {
    this.say(this.strings.locating);
    const result = await locateVisitor();
    if ('position' in result) {
      this.visitor = result.position;
      this.state.nearMe = true;
      this.say(this.strings.found);
    } else {
      this.visitor = null;
      this.state.nearMe = false;
      this.say(result.refused ? this.strings.refused : this.strings.unavailable);
    }
    this.landmarks();
    this.apply();
    if (this.visitor) this.view.fitTo([this.visitor, ...this.ranked.slice(0, 5).map((r) => r.place)]);
    this.writeAddress();
  }

  private landmarks() {
    const points: Parameters<MapView['showLandmarks']>[0] = [
      { at: this.config.museum, label: this.config.museum.name, kind: 'museum' },
    ];
    if (this.visitor) points.push({ at: this.visitor, label: this.strings.you, kind: 'you' });
    this.view.showLandmarks(points);
  }

  private say(text: string) {
    this.querySelector('[data-status]')!.textContent = text;
  }

  private writeAddress() {
    const search = serializeMapState(this.state);
    if (search !== location.search)
      history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  }
}

function sameList(a: MapPlace[], b: MapPlace[]): boolean {
  return a.length === b.length && a.every((p, i) => p === b[i]);
}

customElements.define('place-map', PlaceMap);
