import type { z } from 'zod';
import { exhibitBaseSchema, exhibitTranslationSchema } from '../../schemas/exhibit.ts';
import { expertBaseSchema, expertTranslationSchema } from '../../schemas/expert.ts';
import { galleryBaseSchema, galleryTranslationSchema } from '../../schemas/gallery.ts';
import { museumBaseSchema, museumTranslationSchema } from '../../schemas/museum.ts';
import { placeBaseSchema, placeTranslationSchema } from '../../schemas/place.ts';
import type { Site } from '../../schemas/site.ts';
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
  widgets: (site: Site) => Record<string, Partial<DecapField>>;
}

const relation = (collection: string, display: string, multiple = false): Partial<DecapField> => ({
  widget: 'relation',
  collection,
  value_field: '{{slug}}',
  search_fields: [display],
  display_fields: [display],
  ...(multiple ? { multiple: true } : {}),
});

const image = (kind: keyof typeof IMAGE_WIDTHS): Partial<DecapField> => ({
  widget: 'image',
  choose_url: false,
  media_processing: mediaProcessing(kind),
});

const file: Partial<DecapField> = { widget: 'file', choose_url: false };
const longText: Partial<DecapField> = { widget: 'text' };

export const KINDS: readonly KindSpec[] = [
  {
    name: 'places',
    base: placeBaseSchema,
    translation: placeTranslationSchema,
    identifier: 'name',
    mediaFolder: 'images/places',
    widgets: (site) => ({
      category: { widget: 'select', options: site.placeCategories.map((c) => c.id) },
      coordinates: { widget: 'map-point', bounds: site.map.bounds, center: site.map.center },
      openingHours: { widget: 'opening-hours' },
      tags: { widget: 'select', multiple: true, options: site.placeTags.map((t) => t.id) },
      photo: image('photo'),
      verifiedBy: relation('experts', 'name'),
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
    widgets: () => ({
      museum: relation('museums', 'name'),
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
    widgets: () => ({
      gallery: relation('galleries', 'title'),
      image: image('illustration'),
      related: relation('exhibits', 'title', true),
      'model.src': file,
      'model.light': file,
      'audio.opus': file,
      'audio.mp3': file,
      'audio.captions': file,
      summary: longText,
    }),
  },
];
