import type { DestinationBase, DestinationTranslation } from './destination.ts';
import type { ExhibitBase, ExhibitTranslation } from './exhibit.ts';
import type { ExpertBase, ExpertTranslation } from './expert.ts';
import type { GalleryBase, GalleryTranslation } from './gallery.ts';
import type { Language } from './language.ts';
import type { MuseumBase, MuseumTranslation } from './museum.ts';
import type { PlaceBase, PlaceTranslation } from './place.ts';
import type { Site } from './site.ts';

/** One language's version of an entry: its translated fields and its Markdown body. */
export interface Translation<T> {
  lang: Language;
  file: string;
  fields: T;
  body: string;
}

/** An entry with the fields it has once, plus its text per language. */
export type Localized<B, T> = B & {
  id: string;
  /** The default language's file, which holds the shared fields. */
  file: string;
  translations: Partial<Record<Language, Translation<T>>>;
};

export type Destination = Localized<DestinationBase, DestinationTranslation>;
export type Museum = Localized<MuseumBase, MuseumTranslation>;
export type Gallery = Localized<GalleryBase, GalleryTranslation>;
export type Exhibit = Localized<ExhibitBase, ExhibitTranslation>;
export type Place = Localized<PlaceBase, PlaceTranslation>;
export type Expert = Localized<ExpertBase, ExpertTranslation>;

/** Everything in content/, validated and cross-checked. */
export interface Catalog {
  site: Site;
  destinations: Destination[];
  museums: Museum[];
  galleries: Gallery[];
  exhibits: Exhibit[];
  places: Place[];
  experts: Expert[];
}
