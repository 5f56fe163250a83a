import type { Language } from '../../../content/schemas/language.ts';
import type { Site } from '../../../content/schemas/site.ts';
import { localizeText } from '../../../content/loader/localize.ts';
import { languageTag } from '../../../i18n/locale.ts';
import { urls } from '../../../urls.ts';

/**
 * The installable app, one manifest per language: the same app (one `id`), opening in the language the
 * visitor installed it from.
 */
export function webAppManifest(site: Site, lang: Language) {
  const name = localizeText(site.name, lang, site.defaultLanguage);
  return {
    id: '/',
    name,
    short_name: name.length > 14 ? name.split(' ').slice(0, 2).join(' ') : name,
    description: localizeText(site.tagline, lang, site.defaultLanguage),
    lang: languageTag(lang),
    start_url: urls.home(lang),
    scope: '/',
    display: 'standalone',
    background_color: '#0e1113',
    theme_color: '#0e1113',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
