import type { Language } from '../../../content/schemas/language.ts';
import { uiStrings } from '../../../i18n/ui-strings.ts';
import { type Site, siteSchema } from '../../../content/schemas/site.ts';
import { type EntryChoices, KINDS, type KindSpec } from './collections.ts';
import { decapField, type FieldContext } from './decap-fields.ts';
import type { DecapCollection, DecapConfig, DecapField } from './decap-types.ts';
import { MAX_UPLOAD_BYTES } from './image-limits.ts';
import { shapeFacts } from './schema-facts.ts';

/** Where the editor saves: decap-server on this machine, and GitHub in production. */
export interface CmsBackendSettings {
  /** "owner/name" of the GitHub repository; unset means production editing is not configured. */
  repo?: string;
  branch: string;
  /** The OAuth endpoint's origin (deploy/decap-oauth/), e.g. "https://cms-auth.example.vn". */
  oauthBaseUrl?: string;
  /** decap-server's API, used when the editor runs on localhost. */
  localBackendUrl: string;
}

/**
 * Decap's admin UI ships locales named by language code, except these; the site's default language
 * picks one, and a language Decap lacks gets its English UI (the field labels still come from content/ui/).
 */
const DECAP_LOCALE_NAMES: Partial<Record<Language, string>> = { zh: 'zh_Hans' };
// decap-cms-app's bundled locales (decap-cms-locales), by Decap's names.
const DECAP_LOCALES = new Set(
  'bg ca cs da de en es fa fr gr he hr hu it ja ko lt mk nl pl pt ro ru sk sl sv th tr uk vi zh_Hans'.split(' '),
);
const decapLocale = (lang: Language) => {
  const name = DECAP_LOCALE_NAMES[lang] ?? lang;
  return DECAP_LOCALES.has(name) ? name : 'en';
};

/**
 * The whole Decap CMS configuration, generated from the zod schemas and content/site.yaml: one
 * collection per kind of content, laid out as the loader reads it (`content/{kind}/{id}.{lang}.md`,
 * shared fields in the default language's file), and the site settings. Labels come from the UI
 * strings in the site's default language, the language of the people who edit it.
 */
export function decapConfig(
  site: Site,
  strings: Record<string, string>,
  backend: CmsBackendSettings,
  entries: EntryChoices = { destinations: [], experts: [], museums: [], galleries: [], exhibits: [] },
): DecapConfig {
  const text = (key: string) => {
    const value = strings[key];
    if (value === undefined) throw new Error(`missing UI string "${key}" for the editor`);
    return value;
  };
  const label = (path: string) => {
    const key = path.replace(/\[\]/g, '');
    const hint = strings[`cms.hint.${key}`];
    return { label: text(`cms.field.${key}`), ...(hint ? { hint } : {}) };
  };
  const lengthMessage = (min: number | undefined, max: number | undefined) =>
    max !== undefined
      ? text('cms.pattern.max').replace('{{max}}', String(max))
      : text('cms.pattern.min').replace('{{min}}', String(min ?? 1));
  const context = (widgets: Record<string, Partial<DecapField>>, i18n?: DecapField['i18n']): FieldContext => ({
    label,
    widgets,
    lengthMessage,
    languageName: (code) => new Intl.DisplayNames([site.defaultLanguage], { type: 'language' }).of(code) ?? code,
    ...(i18n !== undefined ? { i18n } : {}),
  });

  return {
    load_config_file: false,
    backend: {
      name: 'github',
      repo: backend.repo ?? '',
      branch: backend.branch,
      ...(backend.oauthBaseUrl ? { base_url: backend.oauthBaseUrl, auth_endpoint: 'auth' } : {}),
      squash_merges: true,
      commit_messages: {
        create: 'Create {{collection}} “{{slug}}”',
        update: 'Update {{collection}} “{{slug}}”',
        delete: 'Delete {{collection}} “{{slug}}”',
        uploadMedia: 'Upload “{{path}}”',
        deleteMedia: 'Delete “{{path}}”',
      },
    },
    local_backend: { url: backend.localBackendUrl },
    publish_mode: 'editorial_workflow',
    locale: decapLocale(site.defaultLanguage),
    site_url: site.baseUrl,
    display_url: site.baseUrl,
    media_folder: 'public/images/uploads',
    public_folder: '/images/uploads',
    max_file_size: MAX_UPLOAD_BYTES,
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    i18n: { structure: 'multiple_files', locales: [...site.languages], default_locale: site.defaultLanguage },
    collections: [
      ...KINDS.map((kind) => kindCollection(kind, site, entries, text, context)),
      settingsCollection(site, text, context),
    ],
  };
}

function kindCollection(
  kind: KindSpec,
  site: Site,
  entries: EntryChoices,
  text: (key: string) => string,
  context: (widgets: Record<string, Partial<DecapField>>, i18n?: DecapField['i18n']) => FieldContext,
): DecapCollection {
  const widgets = kind.widgets(site, entries);
  const known = new Set(allPaths(kind, site.languages));
  for (const path of Object.keys(widgets)) {
    if (!known.has(path)) throw new Error(`${kind.name}: a widget is set for "${path}", which the schema lacks`);
  }
  const base = Object.entries(shapeFacts(kind.base, site.languages)).map(([name, facts]) =>
    decapField(name, facts, context(widgets, false)),
  );
  const translated = Object.entries(shapeFacts(kind.translation, site.languages)).map(([name, facts]) =>
    decapField(name, facts, context(widgets, true)),
  );
  const body: DecapField = {
    name: 'body',
    label: text(`cms.body.${kind.name}`),
    widget: 'markdown',
    required: false,
    i18n: true,
    // Plain Markdown only: no raw HTML, no embedded components; the site renders it with html: false.
    buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'quote', 'bulleted-list', 'numbered-list'],
    editor_components: [],
    modes: ['rich_text', 'raw'],
    sanitize_preview: true,
  };
  return {
    name: kind.name,
    label: text(`cms.${kind.name}.label`),
    label_singular: text(`cms.${kind.name}.one`),
    description: text(`cms.${kind.name}.description`),
    folder: `content/${kind.name}`,
    extension: 'md',
    format: 'yaml-frontmatter',
    create: true,
    slug: '{{slug}}',
    identifier_field: kind.identifier,
    summary: `{{${kind.identifier}}}`,
    i18n: true,
    media_folder: `/public/${kind.mediaFolder}`,
    public_folder: `/${kind.mediaFolder}`,
    fields: [...base, ...translated, body],
  };
}

function settingsCollection(
  site: Site,
  text: (key: string) => string,
  context: (widgets: Record<string, Partial<DecapField>>) => FieldContext,
): DecapCollection {
  const widgets: Record<string, Partial<DecapField>> = {
    // The schema requires the site's name in its default language (a refinement on the whole file).
    [`name.${site.defaultLanguage}`]: { required: true },
    map: { collapsed: true },
    // The languages that have UI strings (content/ui/{code}.json): a new one appears here with its file.
    languages: { widget: 'select', multiple: true, options: Object.keys(uiStrings) },
  };
  const fields = Object.entries(shapeFacts(siteSchema, site.languages)).map(([name, facts]) =>
    decapField(name, facts, context(widgets)),
  );
  return {
    name: 'settings',
    label: text('cms.settings.label'),
    description: text('cms.settings.description'),
    editor: { preview: false },
    files: [{ name: 'site', label: text('cms.settings.site'), file: 'content/site.yaml', fields }],
  };
}

/** Every dotted field path of a kind, for checking the hand-chosen widgets against the schema. */
export function allPaths(kind: KindSpec, languages: readonly string[]): string[] {
  const paths: string[] = [];
  const walk = (facts: ReturnType<typeof shapeFacts>, prefix: string) => {
    for (const [name, f] of Object.entries(facts)) {
      const path = prefix ? `${prefix}.${name}` : name;
      paths.push(path);
      if (f.type === 'object') walk(f.shape, path);
      if (f.type === 'array' && f.element.type === 'object') walk(f.element.shape, path);
    }
  };
  // Records keyed by language (a photo's alt text per language) need the site's languages as keys.
  walk({ ...shapeFacts(kind.base, languages), ...shapeFacts(kind.translation, languages) }, '');
  return paths;
}
