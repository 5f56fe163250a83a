import type { OnlineLayer } from '../../../content/schemas/site.ts';
import type { DecapConfig } from './decap-types.ts';

// Its own file, holding types only: the editor's browser code reads this shape, and must not follow an
// import into the build code that makes it (which reads files with node:fs).
/** What the /admin/ page hands the editor bundle, as JSON in a non-executed script element. */
export interface AdminPayload {
  config: DecapConfig;
  /** The editor's UI strings (cms.*) in the site's default language. */
  strings: Record<string, string>;
  /** The site's time zone, so "verified today" is today in Hạ Long, not on the editor's laptop. */
  timezone: string;
  /** Existing places, drawn on the pin picker so an expert can find their way without map tiles. */
  landmarks: { name: string; lat: number; lon: number }[];
  /** The online map layer set in site.yaml, if any; the picker works without it. */
  onlineLayer: OnlineLayer | null;
  /** Where an editor reads the translation coverage and freshness reports. */
  editorsHome: string;
}
