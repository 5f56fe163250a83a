import { loadCatalog } from '../../../content/loader/load-catalog.ts';
import { uiStrings } from '../../../i18n/ui-strings.ts';
import { entryChoices } from './admin-payload.ts';
import { decapConfig } from './decap-config.ts';
import type { DecapCollection } from './decap-types.ts';

/** The demo content's Decap configuration, as the editor gets it: what the decap-config tests examine. */
export const root = process.cwd();
export const catalog = loadCatalog(root);
export const site = catalog.site;
export const config = decapConfig(
  site,
  uiStrings[site.defaultLanguage],
  { branch: 'main', localBackendUrl: 'http://127.0.0.1:8081/api/v1' },
  entryChoices(catalog),
);
export const collection = (name: string) => config.collections.find((c) => c.name === name) as DecapCollection;
