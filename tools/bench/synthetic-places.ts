import { type ContentFile, markdownFile } from './synthetic-exhibits.ts';

/** What synthetic places may reuse from the real content: categories, tags, experts and the map's area. */
export type SyntheticPlaceOptions = {
  count: number;
  categories: string[];
  tags: string[];
  experts: string[];
  /** The destination the places belong to, and its map's area. */
  destination: string;
  bounds: { south: number; west: number; north: number; east: number };
  /** The default language gets every field; the others here get the translated ones. */
  defaultLanguage: string;
  translations: readonly string[];
};

const hours = ['Mo-Su 06:00-21:00', '24/7', 'Mo-Fr 08:00-17:00; Sa 08:00-12:00', 'Tu-Su 09:00-18:00'];

/**
 * Place files in the content format (`{id}.{lang}.md`), spread evenly over the map's bounds on a grid
 * (deterministic, so two runs build the same site), with categories, tags, experts and opening hours
 * taken round-robin from the real content so every listing, filter and expert page grows with them.
 */
export function syntheticPlaceFiles(options: SyntheticPlaceOptions): ContentFile[] {
  const { count, categories, experts, bounds, defaultLanguage, translations } = options;
  if (categories.length === 0 || experts.length === 0)
    throw new Error('bench: synthetic places need at least one category and one expert');
  const side = Math.ceil(Math.sqrt(count));
  const files: ContentFile[] = [];
  for (let i = 0; i < count; i++) {
    const lat = bounds.south + ((Math.floor(i / side) + 0.5) / side) * (bounds.north - bounds.south);
    const lon = bounds.west + (((i % side) + 0.5) / side) * (bounds.east - bounds.west);
    const shared = {
      destination: options.destination,
      category: categories[i % categories.length],
      coordinates: { lat: round(lat), lon: round(lon) },
      openingHours: hours[i % hours.length],
      priceLevel: (i % 4) + 1,
      tags: options.tags.length > 0 ? [options.tags[i % options.tags.length]] : [],
      verifiedBy: experts[i % experts.length],
      verifiedOn: `2026-0${(i % 9) + 1}-1${i % 10}`,
      status: i % 97 === 0 ? 'temporarily-closed' : 'open',
    };
    const id = syntheticPlaceId(i);
    files.push({
      name: `${id}.${defaultLanguage}.md`,
      text: markdownFile({ ...shared, ...text(defaultLanguage, i) }, body(defaultLanguage, i)),
    });
    for (const lang of translations) {
      if (lang !== defaultLanguage)
        files.push({ name: `${id}.${lang}.md`, text: markdownFile(text(lang, i), body(lang, i)) });
    }
  }
  return files;
}

export function syntheticPlaceId(index: number): string {
  return `synthetic-place-${index}`;
}

function text(lang: string, i: number) {
  const name = lang === 'vi' ? `Địa điểm mẫu ${i}` : `Sample place ${i}`;
  const summary =
    lang === 'vi' ? 'Một địa điểm mẫu để đo thời gian dựng trang.' : 'A sample place for timing the build.';
  return { name, summary, address: `${i} Sample Street, Hạ Long` };
}

function body(lang: string, i: number): string {
  const sentence =
    lang === 'vi'
      ? 'Địa điểm này được tạo tự động để đo hiệu năng của trang khi có rất nhiều địa điểm.'
      : 'This place was generated to measure how the site performs with a great many places.';
  return `${sentence} (${i})\n\n${sentence}`;
}

function round(value: number): number {
  return Math.round(value * 1e5) / 1e5;
}
