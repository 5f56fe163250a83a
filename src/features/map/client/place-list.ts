import type { MapPlace } from '../compact-places.ts';
import { formatDistance } from '../distance.ts';
import type { RankedPlace } from '../sort.ts';
import { directionsLinks } from '../../places/index.ts';
import { fill, type Labels, type MapStrings } from './strings.ts';

export interface ListContext {
  strings: MapStrings;
  locale: string;
  categories: Labels;
  placeUrl: (id: string) => string;
  /** "Open now, closes at 21:00", or "" when unknown. */
  hoursOf: (place: MapPlace) => string;
  fromVisitor: boolean;
  selected: string | null;
}

const PAGE = 50;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

function statusText(place: MapPlace, context: ListContext): string {
  if (place.status === 'temporarily-closed') return context.strings.statusTemporarilyClosed;
  if (place.status === 'closed') return context.strings.statusClosed;
  return context.hoursOf(place);
}

function distanceText(ranked: RankedPlace, context: ListContext): string {
  const distance = formatDistance(ranked.meters, context.locale);
  return fill(context.fromVisitor ? context.strings.fromYou : context.strings.fromMuseum, { distance });
}

/** "Wi-Fi: HaLong_Free · sign-in page", or "" for a place without Wi-Fi. */
export function wifiText(place: MapPlace, strings: ListContext['strings']): string {
  if (!place.wifi) return '';
  const network = fill(strings.wifiNetwork, { network: place.wifi.network });
  return `${network} · ${place.wifi.signIn ? strings.wifiSignIn : strings.wifiNoSignIn}`;
}

/** One list entry: a real link to the place page, its category, distance and whether it is open now. */
function itemFor(ranked: RankedPlace, context: ListContext): HTMLLIElement {
  const { place } = ranked;
  const category = context.categories[place.category];
  const li = element('li', 'map-list-item');
  li.dataset.place = place.id;
  if (place.id === context.selected) li.setAttribute('aria-current', 'true');
  const link = element('a', 'map-list-name', place.name);
  link.href = context.placeUrl(place.id);
  const heading = element('h3', '');
  heading.append(link);
  const meta = element('p', 'meta');
  if (category) meta.append(element('span', '', `${category.icon ? `${category.icon} ` : ''}${category.label}`));
  if (place.price > 0) meta.append(element('span', '', '₫'.repeat(place.price)));
  meta.append(element('span', 'map-distance', distanceText(ranked, context)));
  const hours = statusText(place, context);
  if (hours) meta.append(element('span', `map-hours map-hours-${place.status}`, hours));
  if (place.wifi) meta.append(element('span', 'map-wifi', wifiText(place, context.strings)));
  if (place.stale) meta.append(element('span', 'badge stale', context.strings.stale));
  const show = element('button', 'map-show', context.strings.showOnMap);
  show.type = 'button';
  show.dataset.select = place.id;
  show.setAttribute('aria-label', `${context.strings.showOnMap}: ${place.name}`);
  li.append(heading, meta, show);
  return li;
}

/** Renders the first `shown` places; "Show 50 more" adds the next page, so 10,000 never hit the DOM at once. */
export function renderList(
  list: HTMLOListElement,
  more: HTMLButtonElement,
  ranked: RankedPlace[],
  shown: number,
  context: ListContext,
): void {
  const count = Math.min(shown, ranked.length);
  const fragment = document.createDocumentFragment();
  for (let i = 0; i < count; i++) fragment.append(itemFor(ranked[i]!, context));
  list.replaceChildren(fragment);
  const rest = ranked.length - count;
  more.hidden = rest <= 0;
  more.textContent = fill(context.strings.showMore, { count: Math.min(PAGE, rest) });
}

export const LIST_PAGE = PAGE;

/** The selected place: what it is, whether it is open, how far, and the ways to get there. */
export function renderSelected(
  panel: HTMLElement,
  ranked: RankedPlace | null,
  context: ListContext,
  extra?: HTMLTemplateElement | null,
): void {
  panel.replaceChildren();
  panel.hidden = !ranked;
  if (!ranked) return;
  const { place } = ranked;
  const category = context.categories[place.category];
  const heading = element('h2', '', place.name);
  heading.id = 'map-selected-heading';
  heading.tabIndex = -1;
  const meta = element('p', 'meta');
  if (category) meta.append(element('span', '', `${category.icon ? `${category.icon} ` : ''}${category.label}`));
  meta.append(element('span', '', distanceText(ranked, context)));
  const hours = statusText(place, context);
  if (hours) meta.append(element('span', `map-hours map-hours-${place.status}`, hours));
  if (place.wifi) meta.append(element('span', 'map-wifi', wifiText(place, context.strings)));
  const links = element('p', 'map-selected-links');
  const details = element('a', '', context.strings.details);
  details.href = context.placeUrl(place.id);
  const route = directionsLinks(place, place.name);
  const geo = element('a', '', context.strings.geo);
  geo.href = route.geo;
  const osm = element('a', '', context.strings.osm);
  osm.href = route.osm;
  osm.rel = 'noopener';
  links.append(details, ' · ', geo, ' · ', osm);
  const close = element('button', 'map-close', context.strings.close);
  close.type = 'button';
  close.dataset.select = '';
  panel.append(element('p', 'muted', context.strings.selected), heading, meta, links, close);
  if (extra) panel.append(extraFor(extra, place.id));
}

/** The page's additions to a selected place (its "Report a problem" form), about that place. */
function extraFor(template: HTMLTemplateElement, placeId: string): DocumentFragment {
  const fragment = template.content.cloneNode(true) as DocumentFragment;
  for (const el of fragment.querySelectorAll<HTMLElement>('[data-listing-id]')) el.dataset.listingId = placeId;
  return fragment;
}
