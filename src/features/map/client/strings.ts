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
  | 'basemapCredit',
  string
>;

export const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key] ?? ''));

/** Vocabulary labels in the page's language, id → { label, icon }. */
export type Labels = Record<string, { label: string; icon?: string }>;
