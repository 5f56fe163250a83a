/** The map's strings, translated at build and handed over in data-strings: no i18n library ships. */
export type MapStrings = Record<
  | 'resultsOne'
  | 'resultsOther'
  | 'showMore'
  | 'noResults'
  | 'loadError'
  | 'fromMuseum'
  | 'fromYou'
  | 'locating'
  | 'found'
  | 'refused'
  | 'unavailable'
  | 'you'
  | 'museum'
  | 'open'
  | 'openUntil'
  | 'openUntilTomorrow'
  | 'closed'
  | 'closedUntil'
  | 'closedUntilTomorrow'
  | 'closedUntilDay'
  | 'clusterMixed'
  | 'clusterSingle'
  | 'clusterSeparator'
  | 'clusterHint'
  | 'stale'
  | 'statusTemporarilyClosed'
  | 'statusClosed'
  | 'showOnMap'
  | 'selected'
  | 'details'
  | 'geo'
  | 'osm'
  | 'close'
  | 'basemapCredit'
  | 'wifiNetwork'
  | 'wifiSignIn'
  | 'wifiNoSignIn',
  string
>;

export { fill } from '../../../client/strings.ts';

/** Vocabulary labels in the page's language, id → { label, icon }. */
export type Labels = Record<string, { label: string; icon?: string }>;
