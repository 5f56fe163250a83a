import type { Catalog } from '../../../content/schemas/catalog.ts';
import { uiStrings } from '../../../i18n/ui-strings.ts';
import { urls } from '../../../urls.ts';
import { backendSettingsFrom } from './backend-settings.ts';
import type { EntryChoices } from './collections.ts';
import { decapConfig } from './decap-config.ts';
import type { AdminPayload } from './admin-payload-shape.ts';

export type { AdminPayload } from './admin-payload-shape.ts';

export function adminPayload(catalog: Catalog, env: Record<string, string | undefined>): AdminPayload {
  const { site } = catalog;
  const lang = site.defaultLanguage;
  const all = uiStrings[lang];
  return {
    config: decapConfig(site, all, backendSettingsFrom(env), entryChoices(catalog)),
    strings: Object.fromEntries(Object.entries(all).filter(([key]) => key.startsWith('cms.'))),
    timezone: site.timezone,
    landmarks: catalog.places.map((p) => ({
      name: p.translations[lang]?.fields.name ?? p.id,
      lat: p.coordinates.lat,
      lon: p.coordinates.lon,
    })),
    onlineLayer: site.map.onlineLayer,
    editorsHome: urls.editors(lang),
  };
}

export { scriptJson } from '../../../lib/script-json.ts';

/** Every entry another may point to, by its name in the default language, for the editor's selects. */
export function entryChoices(catalog: Catalog): EntryChoices {
  const lang = catalog.site.defaultLanguage;
  const named = <T extends { id: string; translations: Partial<Record<string, { fields: object }>> }>(
    list: T[],
    field: 'name' | 'title',
  ) =>
    list.map((entry) => {
      const fields = (entry.translations[lang]?.fields ?? {}) as Record<string, unknown>;
      const name = typeof fields[field] === 'string' ? (fields[field] as string) : entry.id;
      return { label: name, value: entry.id };
    });
  const maps = catalog.destinations.map((d) => d.map);
  const first = maps[0];
  return {
    destinations: named(catalog.destinations, 'name'),
    ...(first && {
      area: {
        center: first.center,
        bounds: {
          south: Math.min(...maps.map((m) => m.bounds.south)),
          west: Math.min(...maps.map((m) => m.bounds.west)),
          north: Math.max(...maps.map((m) => m.bounds.north)),
          east: Math.max(...maps.map((m) => m.bounds.east)),
        },
        areas: Object.fromEntries(
          catalog.destinations.map((d) => [d.id, { center: d.map.center, bounds: d.map.bounds }]),
        ),
      },
    }),
    experts: catalog.experts.map((e) => ({ label: e.name, value: e.id })),
    museums: named(catalog.museums, 'name'),
    galleries: named(catalog.galleries, 'title'),
    exhibits: named(catalog.exhibits, 'title'),
  };
}
