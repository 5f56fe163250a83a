import 'leaflet/dist/leaflet.css';
import * as L from 'leaflet';
import Supercluster from 'supercluster';
import { categoryCountsOf, type ClusterStrings, clusterLabel } from '../cluster-label.ts';
import type { MapPlace } from '../compact-places.ts';
import type { LatLon } from '../distance.ts';
import type { MapBounds } from '../../../content/schemas/destination.ts';

export interface MapViewOptions {
  center: LatLon;
  zoom: number;
  minZoom: number;
  maxZoom: number;
  bounds: MapBounds;
  categories: string[];
  labelOf: (category: string) => string;
  iconOf: (category: string) => string;
  clusterStrings: ClusterStrings;
  clusterHint: string;
  basemapCredit: string;
  onSelect: (place: MapPlace) => void;
  onMove: (center: LatLon, zoom: number) => void;
}

type PointProps = { i: number; counts: number[] };

type Positioned = { _icon?: HTMLElement & { _leaflet_pos?: L.Point }; _zIndex: number; _resetZIndex(): void };

/**
 * Leaflet places every marker with translate3d(), and Chromium gives each 3D-transformed element a
 * compositor layer of its own: 300 markers were 300 layers to sort out and commit in every frame of a
 * pan. Placed with left/top, they paint into their pane's layer, which a pan moves as one. (Markers
 * are hidden during a zoom animation, see markerZoomAnimation: clusters change with the zoom anyway.)
 */
const FlatMarker = L.Marker.extend({
  _setPos(this: L.Marker & Positioned, pos: L.Point) {
    const icon = this._icon;
    if (icon) {
      icon._leaflet_pos = pos;
      icon.style.left = `${pos.x}px`;
      icon.style.top = `${pos.y}px`;
    }
    this._zIndex = pos.y + (this.options.zIndexOffset ?? 0);
    this._resetZIndex();
  },
}) as unknown as typeof L.Marker;

/** Pixels within which places join a cluster: Leaflet.markercluster's default; at 60 the 40 px icons overlapped. */
const CLUSTER_RADIUS = 80;

/**
 * Leaflet with supercluster: the index is built once per filter change, and only the clusters and
 * places in view are Leaflet markers, so 10,000 places cost the DOM a few dozen elements. Markers are
 * keyed, so a move keeps the ones still in view (and the keyboard focus on them).
 */
export class MapView {
  readonly map: L.Map;
  private index = new Supercluster<PointProps, PointProps>({ radius: CLUSTER_RADIUS, maxZoom: 17 });
  private places: MapPlace[] = [];
  private markers = new Map<string, L.Marker>();
  private layer = L.layerGroup();
  private selected: string | null = null;
  private online: L.TileLayer | null = null;
  private extras = L.layerGroup();

  private options: MapViewOptions;

  constructor(container: HTMLElement, options: MapViewOptions) {
    this.options = options;
    const { south, west, north, east } = options.bounds;
    this.map = L.map(container, {
      center: [options.center.lat, options.center.lon],
      zoom: options.zoom,
      minZoom: options.minZoom,
      maxZoom: options.maxZoom,
      maxBounds: L.latLngBounds([south, west], [north, east]).pad(0.2),
      zoomSnap: 1,
      markerZoomAnimation: false,
    });
    this.map.attributionControl.setPrefix(false);
    this.map.createPane('basemap').style.zIndex = '150';
    this.layer.addTo(this.map);
    this.extras.addTo(this.map);
    // Enter and Space on a marker act like a click: one listener for all of them.
    this.map.getPane('markerPane')?.addEventListener('keydown', pressOnEnter);
    // The end of a drag is the busiest frame of a pan: draw the new markers in the next frame and
    // write the address once the map has settled.
    let pending = 0;
    let settle = 0;
    this.map.on('moveend', () => {
      cancelAnimationFrame(pending);
      pending = requestAnimationFrame(() => this.render());
      window.clearTimeout(settle);
      settle = window.setTimeout(() => {
        const c = this.map.getCenter();
        options.onMove({ lat: c.lat, lon: c.lng }, this.map.getZoom());
      }, 300);
    });
  }

  /** The offline basemap: land polygons served by the site, under any online layer. */
  showBasemap(geojson: GeoJSON.GeoJsonObject): void {
    L.geoJSON(geojson, {
      pane: 'basemap',
      interactive: false,
      attribution: `<a href="https://www.openstreetmap.org/copyright" rel="noopener">${escapeHtml(this.options.basemapCredit)}</a>`,
      style: { className: 'basemap-land', weight: 1, fillOpacity: 1 },
    }).addTo(this.map);
  }

  /** The deployer's online raster layer; nothing is requested until it is switched on. */
  setOnlineLayer(layer: { url: string; attribution: string; maxZoom: number } | null): void {
    this.online?.remove();
    this.online = layer
      ? L.tileLayer(layer.url, { attribution: escapeHtml(layer.attribution), maxZoom: layer.maxZoom }).addTo(this.map)
      : null;
  }

  setPlaces(places: MapPlace[]): void {
    this.places = places;
    const width = this.options.categories.length;
    this.index = new Supercluster<PointProps, PointProps>({
      radius: CLUSTER_RADIUS,
      // No cluster levels below the map's own minimum zoom: nobody can look at them.
      minZoom: this.options.minZoom,
      maxZoom: 17,
      map: (p) => ({ i: -1, counts: p.counts.slice() }),
      reduce: (sum, p) => {
        for (let k = 0; k < width; k++) sum.counts[k]! += p.counts[k]!;
      },
    });
    this.index.load(
      places.map((place, i) => {
        const counts = new Array<number>(width).fill(0);
        counts[this.options.categories.indexOf(place.category)] = 1;
        return {
          type: 'Feature',
          properties: { i, counts },
          geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
        };
      }),
    );
    this.render();
  }

  select(id: string | null, reveal: boolean): void {
    this.selected = id;
    const place = id ? this.places.find((p) => p.id === id) : undefined;
    if (place && reveal) this.map.setView([place.lat, place.lon], Math.max(this.map.getZoom(), 17));
    this.render();
  }

  /** The museum and, once known, the visitor: plain circles, not in the clusters. */
  showLandmarks(points: { at: LatLon; label: string; kind: 'museum' | 'you' }[]): void {
    this.extras.clearLayers();
    for (const p of points) {
      L.circleMarker([p.at.lat, p.at.lon], { radius: 9, className: `map-landmark map-${p.kind}`, interactive: true })
        .bindTooltip(escapeHtml(p.label))
        .addTo(this.extras);
    }
  }

  fitTo(points: LatLon[]): void {
    if (points.length === 0) return;
    this.map.fitBounds(L.latLngBounds(points.map((p) => [p.lat, p.lon] as [number, number])).pad(0.2), { maxZoom: 15 });
  }

  /** Draws what is in view; keeps markers whose cluster or place is unchanged. */
  render(): void {
    const b = this.map.getBounds().pad(0.25);
    const zoom = Math.round(this.map.getZoom());
    const features = this.index.getClusters([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], zoom);
    const next = new Map<string, L.Marker>();
    for (const feature of features) {
      const props = feature.properties as PointProps & { cluster?: boolean; cluster_id?: number; point_count?: number };
      const place = props.cluster ? undefined : this.places[props.i];
      const key = props.cluster
        ? `c${props.cluster_id}:${props.point_count}`
        : `p${place?.id}:${place?.id === this.selected}`;
      const existing = this.markers.get(key);
      if (existing) {
        next.set(key, existing);
        continue;
      }
      const [lon, lat] = feature.geometry.coordinates as [number, number];
      const marker = props.cluster
        ? this.clusterMarker(lat, lon, props.cluster_id!, props.point_count!, props)
        : place
          ? this.placeMarker(place)
          : null;
      if (marker) next.set(key, marker);
    }
    for (const [key, marker] of this.markers) if (!next.has(key)) this.layer.removeLayer(marker);
    for (const [key, marker] of next) if (!this.markers.has(key)) this.layer.addLayer(marker);
    this.markers = next;
    for (const [key, marker] of next) {
      const el = marker.getElement();
      if (el && !el.dataset.ready) labelMarker(el, key, marker.options.title ?? '');
    }
  }

  private clusterMarker(lat: number, lon: number, id: number, count: number, props: PointProps): L.Marker {
    const size = count < 10 ? 'small' : count < 100 ? 'medium' : 'large';
    const label = clusterLabel(
      categoryCountsOf(props, this.options.categories),
      this.options.labelOf,
      this.options.clusterStrings,
    );
    const marker = new FlatMarker([lat, lon], {
      icon: L.divIcon({
        html: hiddenText(String(count)),
        className: `map-cluster map-cluster-${size}`,
        iconSize: [40, 40],
      }),
      keyboard: true,
      title: `${label}. ${this.options.clusterHint}`,
    });
    const open = () => this.openCluster(id, lat, lon);
    marker.on('click', open);
    return marker;
  }

  private placeMarker(place: MapPlace): L.Marker {
    const selected = place.id === this.selected;
    const marker = new FlatMarker([place.lat, place.lon], {
      icon: L.divIcon({
        html: hiddenText(this.options.iconOf(place.category)),
        className: `map-place map-status-${place.status}${selected ? ' is-selected' : ''}`,
        iconSize: [34, 34],
      }),
      keyboard: true,
      title: `${place.name} · ${this.options.labelOf(place.category)}`,
      zIndexOffset: selected ? 1000 : 0,
    });
    marker.on('click', () => this.options.onSelect(place));
    return marker;
  }

  /** Zooms to where the cluster splits, then puts the keyboard focus on the first of its children. */
  private openCluster(id: number, lat: number, lon: number): void {
    const zoom = Math.min(this.index.getClusterExpansionZoom(id), this.options.maxZoom);
    const children = this.index.getChildren(id);
    const hadFocus = document.activeElement?.closest('.leaflet-marker-pane') !== null;
    this.map.once('moveend', () => {
      if (!hadFocus) return;
      // The markers of a finished move are drawn a frame later (see the constructor); the children
      // must exist now to take the focus. Drawing is idempotent, so the later frame changes nothing.
      this.render();
      const first = children[0]?.properties as (PointProps & { cluster_id?: number; point_count?: number }) | undefined;
      const wanted = first?.cluster_id !== undefined ? `c${first.cluster_id}:` : `p${this.places[first?.i ?? -1]?.id}:`;
      for (const [key, marker] of this.markers) if (key.startsWith(wanted)) marker.getElement()?.focus();
    });
    this.map.setView([lat, lon], zoom);
  }
}

/** Screen readers get the label (not only a title). */
function labelMarker(el: HTMLElement, key: string, label: string): void {
  el.dataset.ready = '1';
  el.dataset.key = key;
  el.setAttribute('aria-label', label);
}

function pressOnEnter(event: KeyboardEvent): void {
  const marker = (event.target as HTMLElement).closest<HTMLElement>('.leaflet-marker-icon');
  if (!marker || (event.key !== 'Enter' && event.key !== ' ')) return;
  event.preventDefault();
  event.stopPropagation();
  marker.click();
}

/** What the marker shows, hidden from screen readers (they read its label); built without the HTML parser. */
function hiddenText(text: string): HTMLElement {
  const span = document.createElement('span');
  span.setAttribute('aria-hidden', 'true');
  span.textContent = text;
  return span;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
