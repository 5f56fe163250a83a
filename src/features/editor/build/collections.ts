import { CONTENT_KINDS, type ContentKind, KIND_NAMES, type KindName } from '../../../content/kinds.ts';
import type { Coordinates } from '../../../content/schemas/common.ts';
import type { MapBounds } from '../../../content/schemas/destination.ts';
import type { Site, VocabularyEntry } from '../../../content/schemas/site.ts';
import type { DecapField } from './decap-types.ts';
import { type IMAGE_WIDTHS, mediaProcessing, SOURCE_UPLOAD_MAX_BYTES } from './image-limits.ts';

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
  destinations: Choice[];
  experts: Choice[];
  museums: Choice[];
  galleries: Choice[];
  exhibits: Choice[];
  /**
   * What the pin picker shows: the area of the destination chosen in the entry (`areas`, by id), or,
   * before one is chosen, every destination's bounds together, opening on the first one.
   */
  area?: { bounds: MapBounds; center: Coordinates; areas?: Record<string, { bounds: MapBounds; center: Coordinates }> };
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

/**
 * A museum's original photograph: kept as it is (no resizing in the browser) under content/media/, out
 * of public/, and saved as "media/{kind}/…"; the build makes every size a page needs from it.
 */
const originalPhoto = (kind: KindName): Partial<DecapField> => ({
  widget: 'image',
  choose_url: false,
  media_folder: `/content/media/${kind}`,
  public_folder: `media/${kind}`,
});

const file: Partial<DecapField> = { widget: 'file', choose_url: false };

/**
 * A 3D source uploaded as it is (a scan, a splat capture): kept under content/media/{folder}/, out of
 * public/, saved as "media/{folder}/…", and imported by the build (see SOURCE_UPLOAD_MAX_BYTES).
 */
const sourceUpload = (folder: string, extensions: readonly string[]): Partial<DecapField> => ({
  ...file,
  media_folder: `/content/media/${folder}`,
  public_folder: `media/${folder}`,
  media_library: { config: { max_file_size: SOURCE_UPLOAD_MAX_BYTES } },
  // Decap tests a file widget's pattern against the file's name (see decap-fields.ts): its format.
  pattern: [`^[\\w.-]+\\.(${extensions.join('|')})$`, `expected a ${extensions.map((e) => `.${e}`).join(', ')} file`],
});

/** What the build records (the hash of the upload a model was made from): kept, never shown or edited. */
const recordedByBuild: Partial<DecapField> = { widget: 'hidden' };
const pin = (entries: EntryChoices): Partial<DecapField> => ({ widget: 'map-point', ...entries.area });
const longText: Partial<DecapField> = { widget: 'text' };

/** The widgets of each kind's fields (see KindSpec.widgets); the kinds themselves are content/kinds.ts. */
const WIDGETS: Record<KindName, KindSpec['widgets']> = {
  destinations: (_site, entries) => ({
    map: { collapsed: true },
    // A new destination's centre may be anywhere; the content check then keeps it inside its bounds.
    'map.center': { ...pin(entries), widget: 'map-point', bounds: { south: -90, west: -180, north: 90, east: 180 } },
    image: image('illustration'),
    summary: longText,
  }),
  places: (site, entries) => ({
    destination: reference(entries.destinations),
    category: { widget: 'select', options: vocabulary(site, site.placeCategories) },
    coordinates: pin(entries),
    openingHours: { widget: 'opening-hours' },
    tags: { widget: 'select', multiple: true, options: vocabulary(site, site.placeTags) },
    photo: image('photo'),
    'photos.src': originalPhoto('places'),
    verifiedBy: reference(entries.experts),
    verifiedOn: { widget: 'verified-on' },
    summary: longText,
    statusNote: longText,
  }),
  experts: (_site, entries) => ({
    destination: reference(entries.destinations),
    photo: image('photo'),
    'photos.src': originalPhoto('experts'),
  }),
  museums: (_site, entries) => ({
    destination: reference(entries.destinations),
    coordinates: pin(entries),
    openingHours: { widget: 'opening-hours' },
    image: image('illustration'),
    'photos.src': originalPhoto('museums'),
    summary: longText,
  }),
  galleries: (_site, entries) => ({
    museum: reference(entries.museums),
    image: image('illustration'),
    'photos.src': originalPhoto('galleries'),
    summary: longText,
  }),
  exhibits: (_site, entries) => ({
    gallery: reference(entries.galleries),
    image: image('illustration'),
    'photos.src': originalPhoto('exhibits'),
    related: reference(entries.exhibits, true),
    'model.src': file,
    'model.light': file,
    'model.sourceSha256': recordedByBuild,
    scan: sourceUpload('scans', ['glb', 'ply', 'zip']),
    'splat.coarse.src': file,
    'splat.phone.src': file,
    'splat.desktop.src': file,
    'splat.sourceSha256': recordedByBuild,
    splatCapture: sourceUpload('splats', ['ply', 'spz', 'splat', 'sog']),
    // Folded under their headings beside the upload until an expert needs them. Each crop minimum below
    // its maximum is a check across fields that Decap's number widgets cannot make (they take a fixed
    // min and max): the content check makes it, naming the field, before anything is imported.
    splatRotate: { collapsed: true },
    splatCrop: { collapsed: true },
    'audio.opus': file,
    'audio.mp3': file,
    'audio.captions': file,
    // The museum's recording as recorded: kept in the repository, outside public/, and imported by the
    // build (src/features/narration/recording/pending-imports.ts). Masters are large: up to 200 MB.
    'audio.master': {
      ...file,
      media_folder: '/content/media/recordings',
      public_folder: '/recordings',
      media_library: { config: { max_file_size: 200 * 1024 * 1024 } },
    },
    'audio.sentenceStarts': { widget: 'tap-to-sync' },
    summary: longText,
  }),
};

export const KINDS: readonly KindSpec[] = KIND_NAMES.map((name) => ({
  ...CONTENT_KINDS[name],
  name,
  widgets: WIDGETS[name],
}));
