import type { z } from 'zod';
import { exhibitBaseSchema, exhibitTranslationSchema } from '../../../content/schemas/exhibit.ts';
import { expertBaseSchema, expertTranslationSchema } from '../../../content/schemas/expert.ts';
import { galleryBaseSchema, galleryTranslationSchema } from '../../../content/schemas/gallery.ts';
import { museumBaseSchema, museumTranslationSchema } from '../../../content/schemas/museum.ts';
import { placeBaseSchema, placeTranslationSchema } from '../../../content/schemas/place.ts';
import type { Site, VocabularyEntry } from '../../../content/schemas/site.ts';
import type { DecapField } from './decap-types.ts';
import { type IMAGE_WIDTHS, mediaProcessing } from './image-limits.ts';

/** A kind of multilingual content as the CMS edits it: `content/{folder}/{id}.{lang}.md`. */
export interface KindSpec {
  /** Collection name and folder under content/, e.g. "places". */
  name: 'museums' | 'galleries' | 'exhibits' | 'places' | 'experts';
  base: z.ZodObject;
  translation: z.ZodObject;
  /** The field whose default-language text names the entry and gives its id (slug). */
  identifier: string;
  /** Where uploaded images of this kind go, under public/. */
  mediaFolder: string;
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

export const KINDS: readonly KindSpec[] = [
  {
    name: 'places',
    base: placeBaseSchema,
    translation: placeTranslationSchema,
    identifier: 'name',
    mediaFolder: 'images/places',
    widgets: (site, entries) => ({
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
  },
  {
    name: 'experts',
    base: expertBaseSchema,
    translation: expertTranslationSchema,
    identifier: 'name',
    mediaFolder: 'images/experts',
    widgets: () => ({ photo: image('photo') }),
  },
  {
    name: 'museums',
    base: museumBaseSchema,
    translation: museumTranslationSchema,
    identifier: 'name',
    mediaFolder: 'images/museums',
    widgets: (site) => ({
      coordinates: { widget: 'map-point', bounds: site.map.bounds, center: site.map.center },
      openingHours: { widget: 'opening-hours' },
      image: image('illustration'),
      summary: longText,
    }),
  },
  {
    name: 'galleries',
    base: galleryBaseSchema,
    translation: galleryTranslationSchema,
    identifier: 'title',
    mediaFolder: 'images/galleries',
    widgets: (_site, entries) => ({
      museum: reference(entries.museums),
      image: image('illustration'),
      summary: longText,
    }),
  },
  {
    name: 'exhibits',
    base: exhibitBaseSchema,
    translation: exhibitTranslationSchema,
    identifier: 'title',
    mediaFolder: 'images/exhibits',
    widgets: (_site, entries) => ({
      gallery: reference(entries.galleries),
      image: image('illustration'),
      related: reference(entries.exhibits, true),
      'model.src': file,
      'model.light': file,
      'audio.opus': file,
      'audio.mp3': file,
      'audio.captions': file,
      summary: longText,
    }),
  },
];
