import type { z } from 'zod';
import { urls } from '../urls.ts';
import type { Catalog, Localized } from './schemas/catalog.ts';
import { destinationBaseSchema, destinationTranslationSchema } from './schemas/destination.ts';
import { exhibitBaseSchema, exhibitTranslationSchema } from './schemas/exhibit.ts';
import { expertBaseSchema, expertTranslationSchema } from './schemas/expert.ts';
import { galleryBaseSchema, galleryTranslationSchema } from './schemas/gallery.ts';
import type { Language } from './schemas/language.ts';
import { museumBaseSchema, museumTranslationSchema } from './schemas/museum.ts';
import { placeBaseSchema, placeTranslationSchema } from './schemas/place.ts';

/** A kind of multilingual content: `content/{folder}/{id}.{lang}.md`, one page per entry and language. */
export interface ContentKind {
  /** The folder under content/, which is also the catalog's key and the editor's collection name. */
  folder: string;
  /** The fields an entry has once (in the default language's file) and those it has per language. */
  base: z.ZodObject;
  translation: z.ZodObject;
  /** The editor: the field whose default-language text names the entry and gives its id (slug). */
  identifier: string;
  /** The editor: where uploaded images of this kind go, under public/. */
  mediaFolder: string;
  /** The entry's page. */
  page: (lang: Language, id: string) => string;
}

/**
 * The one registry of content kinds: the loader reads these folders, the pages get one route per entry
 * and the editor one collection per kind (in this order in its menu, the most edited first). A new
 * kind is added here, to the Catalog type (checked below) and, for the editor, its widgets.
 */
export const CONTENT_KINDS = {
  places: {
    folder: 'places',
    base: placeBaseSchema,
    translation: placeTranslationSchema,
    identifier: 'name',
    mediaFolder: 'images/places',
    page: urls.place,
  },
  experts: {
    folder: 'experts',
    base: expertBaseSchema,
    translation: expertTranslationSchema,
    identifier: 'name',
    mediaFolder: 'images/experts',
    page: urls.expert,
  },
  destinations: {
    folder: 'destinations',
    base: destinationBaseSchema,
    translation: destinationTranslationSchema,
    identifier: 'name',
    mediaFolder: 'images/destinations',
    page: urls.destination,
  },
  museums: {
    folder: 'museums',
    base: museumBaseSchema,
    translation: museumTranslationSchema,
    identifier: 'name',
    mediaFolder: 'images/museums',
    page: urls.museum,
  },
  galleries: {
    folder: 'galleries',
    base: galleryBaseSchema,
    translation: galleryTranslationSchema,
    identifier: 'title',
    mediaFolder: 'images/galleries',
    page: urls.gallery,
  },
  exhibits: {
    folder: 'exhibits',
    base: exhibitBaseSchema,
    translation: exhibitTranslationSchema,
    identifier: 'title',
    mediaFolder: 'images/exhibits',
    page: urls.exhibit,
  },
} as const satisfies Record<Exclude<keyof Catalog, 'site'>, ContentKind>;

export type KindName = keyof typeof CONTENT_KINDS;
export const KIND_NAMES = Object.keys(CONTENT_KINDS) as KindName[];

/** What the loader makes of a kind's files: the schemas' output, with id, file and translations. */
export type EntryOf<K extends KindName> = Localized<
  z.output<(typeof CONTENT_KINDS)[K]['base']>,
  z.output<(typeof CONTENT_KINDS)[K]['translation']>
>;

// The Catalog type names the same kinds with the same entries: a schema whose output is not what the
// Catalog says fails to compile here (a kind missing on either side fails at `satisfies` above).
type Agrees<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type EveryKindAgrees = { [K in KindName]: Agrees<EntryOf<K>, Catalog[K][number]> }[KindName];
export const catalogAgrees: EveryKindAgrees = true;
