import { describe, expect, it } from 'vitest';
import type { BenchReport } from './report.ts';
import { reportMarkdown } from './report-markdown.ts';

const s = (raw: number) => ({ raw, gzip: raw / 2, brotli: raw / 4 });
const report: BenchReport = {
  date: '2025-01-01T00:00:00.000Z',
  node: 'v24.0.0',
  commit: null,
  build: { seconds: 12.34, pages: 200 },
  pageBytes: [
    { type: 'home', path: '/vi/', html: s(8000), css: s(4000), js: s(0), total: s(12000), files: ['/vi/index.html'] },
    { type: 'search', path: '/vi/search/', error: 'bench: /pagefind/ui.js is not in dist' },
  ],
  lighthouse: [
    {
      page: 'home',
      path: '/vi/',
      runs: [{ performance: 98, lcpMs: 1510, tbtMs: 0, cls: 0, fcpMs: 900 }, { error: 'Chrome crashed' }],
      median: { performance: 98, lcpMs: 1510, tbtMs: 0, cls: 0, fcpMs: 900 },
    },
  ],
  synthetic: 'skipped',
  firstSound: { network: 'fast 3G', runs: 5, oursMs: 420, peerMs: 400, ratio: 1.05 },
  offline: {
    precacheBrotliBytes: 98_000,
    precacheFiles: 28,
    packBytes: { 'm.vi': 5_100_000 },
    times: { runs: 3, reopenOfflineMs: 40, loadOnlineMs: 60, firstSoundOfflineMs: 90 },
  },
};

describe('reportMarkdown', () => {
  const markdown = reportMarkdown(report);

  it('shows each page type’s sizes as raw / gzip / brotli kB', () => {
    expect(markdown).toContain(
      '| home | `/vi/` | 8.0 / 4.0 / 2.0 | 4.0 / 2.0 / 1.0 | 0.0 / 0.0 / 0.0 | **12.0 / 6.0 / 3.0** | 1 |',
    );
  });

  it('keeps a page that could not be measured, with why, instead of dropping it', () => {
    expect(markdown).toContain('| search | `/vi/search/` | error: bench: /pagefind/ui.js is not in dist');
  });

  it('shows medians with how many runs succeeded, and the failures', () => {
    expect(markdown).toContain('| home | `/vi/` | 1/2 | 98 | 1.51 s | 0 ms | 0.000 | 0.90 s |');
    expect(markdown).toContain('- home: Chrome crashed');
  });

  it('says which parts were skipped', () => {
    expect(markdown).toContain('Skipped (`--skip-synthetic`).');
    expect(markdown).toContain('12.3 s, 200 pages');
  });
  it('shows the offline sizes and times', () => {
    const markdown = reportMarkdown(report);
    expect(markdown).toContain('28 files, 98.0 kB brotli');
    expect(markdown).toContain('| m.vi | 5.1 MB |');
    expect(markdown).toContain('| 40 ms | 60 ms | 90 ms |');
  });

  it('shows tap to first sound beside the peer', () => {
    expect(reportMarkdown(report)).toContain('| 420 ms | 400 ms | 1.05 |');
  });
});
