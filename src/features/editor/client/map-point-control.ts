import L from 'leaflet';
import { Component, createElement as h, createRef } from 'react';
import { coordinatesProblem } from '../build/widget-checks.ts';
import type { MapBounds } from '../../../content/schemas/destination.ts';
import type { AdminPayload } from '../build/admin-payload-shape.ts';
import { problemText, t } from './strings.ts';
import { type ControlProps, invalid, plain, type Validity } from './widget-props.ts';

type Landmarks = Pick<AdminPayload, 'landmarks' | 'onlineLayer'>;
let context: Landmarks = { landmarks: [], onlineLayer: null };

export function setMapPointContext(next: Landmarks): void {
  context = next;
}

type Point = { lat?: number | string; lon?: number | string };
/** Six decimals is about 10 cm: more would only be noise from the click. */
const round = (n: number) => Math.round(n * 1e6) / 1e6;

/**
 * A map point picker storing `{ lat, lon }` exactly as coordinatesSchema expects. Click or drag the pin,
 * or type the numbers (for keyboard and screen-reader users). The area the guide covers is drawn, and a
 * point outside it is refused with the bounds in the message, as the content check refuses it. The
 * map needs no tiles: existing places are drawn as landmarks, and the online layer from site.yaml is
 * added only when one is configured.
 */
export class MapPointControl extends Component<ControlProps> {
  private readonly mapElement = createRef<HTMLDivElement>();
  private map?: L.Map;
  private marker?: L.Marker;

  private rectangle?: L.Rectangle;
  private shownArea?: string;

  /**
   * The area a point must be in: the one of the destination chosen in this entry when the field knows
   * it (places, museums), else the field's own (every destination together).
   */
  private get area(): Area & { key: string } {
    const chosen = this.props.entry?.getIn?.(['data', 'destination']);
    const areas = plain(this.props.field.get('areas')) as Record<string, Area> | undefined;
    if (typeof chosen === 'string' && areas?.[chosen]) return { key: chosen, ...areas[chosen] };
    return {
      key: '',
      bounds: plain(this.props.field.get('bounds')) as MapBounds,
      center: plain(this.props.field.get('center')) as Area['center'],
    };
  }

  private get bounds(): MapBounds {
    return this.area.bounds;
  }

  private get point(): Point {
    const value = plain(this.props.value);
    return value && typeof value === 'object' ? (value as Point) : {};
  }

  isValid = (): Validity => {
    const { lat, lon } = this.point;
    if (lat === undefined && lon === undefined) return true; // "required" is Decap's own check
    const problem = coordinatesProblem({ lat, lon }, this.bounds);
    return problem ? invalid(problemText(problem)) : true;
  };

  override componentDidMount() {
    const element = this.mapElement.current;
    if (!element) return;
    const { key, center } = this.area;
    this.shownArea = key;
    this.map = L.map(element, { center: [center.lat, center.lon], zoom: 10, attributionControl: false });
    if (context.onlineLayer && navigator.onLine) {
      L.tileLayer(context.onlineLayer.url, { maxZoom: context.onlineLayer.maxZoom }).addTo(this.map);
      // Leaflet takes attribution as HTML; site.yaml's is text, so it is escaped (never markup).
      L.control
        .attribution({ prefix: false })
        .addAttribution(asHtmlText(context.onlineLayer.attribution))
        .addTo(this.map);
    }
    this.rectangle = L.rectangle(latLngBounds(this.bounds), {
      color: '#17703a',
      weight: 2,
      fill: false,
      interactive: false,
    }).addTo(this.map);
    for (const place of context.landmarks) {
      L.circleMarker([place.lat, place.lon], { radius: 4, color: '#555', weight: 1, fillOpacity: 0.6 })
        // A place name is text from content: an element with textContent, never Leaflet's innerHTML.
        .bindTooltip(textElement(place.name))
        .addTo(this.map);
    }
    this.map.on('click', (event: L.LeafletMouseEvent) => this.set(event.latlng.lat, event.latlng.lng));
    this.syncMarker(true);
  }

  override componentDidUpdate() {
    // Another destination chosen: its area is drawn, and shown when no point is set yet.
    const { key, bounds, center } = this.area;
    if (this.map && key !== this.shownArea) {
      this.shownArea = key;
      this.rectangle?.setBounds(latLngBounds(bounds));
      if (!this.marker) this.map.setView([center.lat, center.lon], 10);
    }
    this.syncMarker(false);
  }

  override componentWillUnmount() {
    this.map?.remove();
  }

  private set(lat: number | string, lon: number | string) {
    const number = (v: number | string) => (typeof v === 'number' ? round(v) : v.trim() === '' ? v : Number(v));
    this.props.onChange({ lat: number(lat), lon: number(lon) });
  }

  private syncMarker(fit: boolean) {
    const map = this.map;
    if (!map) return;
    const { lat, lon } = this.point;
    const valid = typeof lat === 'number' && typeof lon === 'number' && Number.isFinite(lat + lon);
    if (!valid) {
      this.marker?.remove();
      this.marker = undefined;
      return;
    }
    if (!this.marker) {
      // A plain circle icon: Leaflet's default marker image would be fetched by URL from its package.
      const icon = L.divIcon({ className: 'map-point-pin', iconSize: [22, 22], iconAnchor: [11, 11] });
      this.marker = L.marker([lat, lon], { draggable: true, icon, keyboard: false }).addTo(map);
      this.marker.on('dragend', () => {
        const at = this.marker?.getLatLng();
        if (at) this.set(at.lat, at.lng);
      });
    } else this.marker.setLatLng([lat, lon]);
    if (fit) map.setView([lat, lon], 14);
  }

  override render() {
    const { forID, classNameWrapper, setActiveStyle, setInactiveStyle } = this.props;
    const { lat, lon } = this.point;
    const validity = this.isValid();
    const input = (which: 'lat' | 'lon', value: number | string | undefined) =>
      h(
        'label',
        { style: label },
        t(`cms.field.coordinates.${which}`),
        h('input', {
          id: which === 'lat' ? forID : `${forID}-lon`,
          type: 'number',
          step: 'any',
          inputMode: 'decimal',
          'data-coordinate': which,
          className: classNameWrapper,
          style: { marginTop: '4px' },
          value: value ?? '',
          onChange: (event: { target: { value: string } }) =>
            which === 'lat' ? this.set(event.target.value, lon ?? '') : this.set(lat ?? '', event.target.value),
          onFocus: setActiveStyle,
          onBlur: setInactiveStyle,
        }),
      );
    return h(
      'div',
      { 'data-map-point': '' },
      h('p', { style: help }, t('cms.mapPoint.help')),
      h('div', {
        ref: this.mapElement,
        role: 'application',
        'aria-label': t('cms.mapPoint.map'),
        style: mapStyle,
      }),
      h('div', { style: inputs }, input('lat', lat), input('lon', lon)),
      h(
        'p',
        { role: 'status', style: help, 'data-map-point-status': validity === true ? 'valid' : 'invalid' },
        validity === true ? '' : validity.error.message,
      ),
    );
  }
}

type Area = { bounds: MapBounds; center: { lat: number; lon: number } };

const latLngBounds = (b: MapBounds) => L.latLngBounds([b.south, b.west], [b.north, b.east]);

function textElement(text: string): HTMLElement {
  const span = document.createElement('span');
  span.textContent = text;
  return span;
}

/** `text` escaped for a place that only takes HTML: the browser's own serializer does the escaping. */
function asHtmlText(text: string): string {
  return textElement(text).innerHTML;
}

const mapStyle = { height: '300px', borderRadius: '6px', border: '1px solid #ccc', background: '#e8eef2' };
const inputs = { display: 'flex', gap: '12px', marginTop: '8px' };
const label = { display: 'flex', flexDirection: 'column' as const, flex: 1, fontSize: '13px' };
const help = { margin: '6px 0', fontSize: '13px' };
