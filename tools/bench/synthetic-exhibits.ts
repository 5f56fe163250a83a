/** Where synthetic exhibits go and what they may reuse from the real content. */
export type SyntheticOptions = {
  count: number;
  /** Galleries to spread the exhibits over, each with its museum's label-code prefix. */
  galleries: { id: string; codePrefix: string }[];
  /** An image path that exists under public/, reused by every synthetic exhibit. */
  image: string;
  languages: readonly string[];
  defaultLanguage: string;
  /** First label number; codes stay 4 digits (the schema allows 2–4), so count ≤ 10000 − firstCode. */
  firstCode?: number;
};

export type ContentFile = { name: string; text: string };

// Enough real-looking text per language that pages, search index and fonts see each script; the other
// languages reuse English so a new site language still gets files.
const phrases: Record<string, { title: string; summary: string; sentence: string }> = {
  vi: {
    title: 'Hiện vật mẫu',
    summary: 'Một hiện vật mẫu để đo thời gian dựng trang.',
    sentence:
      'Hiện vật này được tạo tự động để đo hiệu năng, kể một câu chuyện ngắn về vùng đất và con người Quảng Ninh.',
  },
  en: {
    title: 'Sample exhibit',
    summary: 'A sample exhibit for timing the build.',
    sentence:
      'This exhibit was generated to measure performance, telling a short story about the land and people of the region.',
  },
  zh: {
    title: '示例展品',
    summary: '用于测量构建时间的示例展品。',
    sentence: '这件展品是为测量性能而自动生成的，讲述这片土地和人民的简短故事。',
  },
  ko: {
    title: '샘플 전시물',
    summary: '빌드 시간을 재기 위한 샘플 전시물입니다.',
    sentence:
      '이 전시물은 성능 측정을 위해 자동으로 만들어졌으며, 이 지역의 땅과 사람들에 대한 짧은 이야기를 들려줍니다.',
  },
  ja: {
    title: 'サンプル展示品',
    summary: 'ビルド時間を測るためのサンプル展示品です。',
    sentence: 'この展示品は性能測定のために自動生成され、この土地と人々についての短い物語を伝えます。',
  },
  fr: {
    title: 'Objet d’exemple',
    summary: 'Un objet d’exemple pour mesurer la construction.',
    sentence:
      'Cet objet a été généré pour mesurer les performances et raconte une courte histoire de la région et de ses habitants.',
  },
};

/**
 * Exhibit files in the content format (`{id}.{lang}.md`; the default language holds every field, the
 * others only the translated ones), spread round-robin over the galleries. Each exhibit relates to
 * the one before it in its gallery, so related-exhibit lookups are exercised as on a real site.
 */
export function syntheticExhibitFiles(options: SyntheticOptions): ContentFile[] {
  const { count, galleries, languages, defaultLanguage } = options;
  const firstCode = options.firstCode ?? 1000;
  if (galleries.length === 0) throw new Error('bench: synthetic exhibits need at least one gallery');
  if (firstCode + count - 1 > 9999) throw new Error(`bench: ${count} exhibits from ${firstCode} exceed 4-digit codes`);
  const files: ContentFile[] = [];
  for (let i = 0; i < count; i++) {
    const number = firstCode + i;
    const gallery = galleries[i % galleries.length]!;
    const previous = i >= galleries.length ? [syntheticId(number - galleries.length)] : [];
    const shared = {
      code: `${gallery.codePrefix}-${number}`,
      gallery: gallery.id,
      // After the real exhibits' orders, so the real visit order comes first.
      order: 1000 + Math.floor(i / galleries.length),
      nationalTreasure: i % 50 === 0,
      image: options.image,
      related: previous,
    };
    for (const lang of languages) {
      const fields = lang === defaultLanguage ? { ...shared, ...translated(lang, number) } : translated(lang, number);
      files.push({ name: `${syntheticId(number)}.${lang}.md`, text: markdownFile(fields, narration(lang, number)) });
    }
  }
  return files;
}

export function syntheticId(number: number): string {
  return `synthetic-exhibit-${number}`;
}

function translated(lang: string, number: number): Record<string, string> {
  const p = phrases[lang] ?? phrases.en!;
  return { title: `${p.title} ${number}`, summary: p.summary, imageAlt: `${p.title} ${number}` };
}

// About the length of a real narration (four paragraphs, ~1,500 characters in Vietnamese).
function narration(lang: string, number: number): string {
  const p = phrases[lang] ?? phrases.en!;
  const paragraph = (n: number) => `${p.sentence} (${number}.${n}) ${p.sentence} ${p.summary}`;
  return [1, 2, 3, 4].map(paragraph).join('\n\n');
}

/** Front matter as YAML; JSON strings and arrays are valid YAML and need no quoting rules of our own. */
export function markdownFile(fields: Record<string, unknown>, body: string): string {
  const lines = Object.entries(fields).map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
  return `---\n${lines.join('\n')}\n---\n${body}\n`;
}
