import { CONTENT_KINDS, type ContentKind, KIND_NAMES, type KindName } from '../../../content/kinds.ts';
import type { Site, VocabularyEntry } from '../../../content/schemas/site.ts';
import type { DecapField } from './decap-types.ts';
import { type IMAGE_WIDTHS, mediaProcessing } from './image-limits.ts';

/** A kind of multilingual content as the CMS edits it: `content/{folder}/{id}.{lang}.md`. */
export interface KindSpec extends ContentKind {
  /** Collection name and folder under content/, e.g. "places". */
  name: KindName;
  /**
   * The widget for fields whose zod type alone does not say how to edit them (a reference to another
   * entry, a vocabulary from site.yaml, an image, a map point). Required, bounds and patterns always
   * come from the schema; a widget named here for a field the schema lacks is an error.
   */
  widgets: (site: Site, entries: EntryChoices) => Record<string, Partial<DecapField>>;
}

/** A choice of an entry by its name, saving its id. */
export interface Choice {
  label: string;
  value: string;
}

/** The entries another entry may point to (an expert, a museum, a gallery, other exhibits). */
export interface EntryChoices {
  experts: Choice[];
  museums: Choice[];
  galleries: Choice[];
  exhibits: Choice[];
}

/*
 * References to other entries are selects of the entries that exist when the editor opens, not Decap's
 * relation widget: that widget marks every entry it appears in as changed as soon as it loads
 * (decap-cms#725, #2743), and an entry with "unsaved changes" cannot move through the editorial
 * workflow, so every expert would have to save twice before asking for review.
 */
const reference = (choices: Choice[], multiple = false): Partial<DecapField> => ({
  widget: 'select',
  options: choices,
  ...(multiple ? { multiple: true } : {}),
});

const image = (kind: keyof typeof IMAGE_WIDTHS): Partial<DecapField> => ({
  widget: 'image',
  choose_url: false,
  media_processing: mediaProcessing(kind),
});

/** Choices from site.yaml, shown by their name in the editors' language; the id is what is saved. */
const vocabulary = (site: Site, entries: VocabularyEntry[]) =>
  entries.map((e) => ({
    label: [e.icon, e.label[site.defaultLanguage] ?? e.id].filter(Boolean).join(' '),
    value: e.id,
  }));

const file: Partial<DecapField> = { widget: 'file', choose_url: false };
const longText: Partial<DecapField> = { widget: 'text' };

/** The widgets of each kind's fields (see KindSpec.widgets); the kinds themselves are content/kinds.ts. */
const WIDGETS: Record<KindName, KindSpec['widgets']> = {
  places: (site, entries) => ({
    category: { widget: 'select', options: vocabulary(site, site.placeCategories) },
    coordinates: { widget: 'map-point', bounds: site.map.bounds, center: site.map.center },
    openingHours: { widget: 'opening-hours' },
    tags: { widget: 'select', multiple: true, options: vocabulary(site, site.placeTags) },
    photo: image('photo'),
    verifiedBy: reference(entries.experts),
    verifiedOn: { widget: 'verified-on' },
    summary: longText,
    statusNote: longText,
  }),
  experts: () => ({ photo: image('photo') }),
  museums: (site) => ({
    coordinates: { widget: 'map-point', bounds: site.map.bounds, center: site.map.center },
    openingHours: { widget: 'opening-hours' },
    image: image('illustration'),
    summary: longText,
  }),
  galleries: (_site, entries) => ({
    museum: reference(entries.museums),
    image: image('illustration'),
    summary: longText,
  }),
  exhibits: (_site, entries) => ({
    gallery: reference(entries.galleries),
    image: image('illustration'),
    related: reference(entries.exhibits, true),
    'model.src': file,
    'model.light': file,
    'splat.coarse.src': file,
    'splat.phone.src': file,
    'splat.desktop.src': file,
    'audio.opus': file,
    'audio.mp3': file,
    'audio.captions': file,
    summary: longText,
  }),
};

export const KINDS: readonly KindSpec[] = KIND_NAMES.map((name) => ({
  ...CONTENT_KINDS[name],
  name,
  widgets: WIDGETS[name],
}));
