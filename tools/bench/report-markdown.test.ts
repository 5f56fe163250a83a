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
  tour: {
    runs: 3,
    path: '/vi/tour/history/?exhibit=quang-chinh-bronze-drum',
    model: '/models/quang-chinh-bronze-drum.glb',
    modelBytes: 43_340,
    modelExtensions: ['EXT_meshopt_compression'],
    walk: 'KeyW 3 s, then KeyD 2 s',
    peerMotion: 'auto-rotate 5 s',
    ours: {
      ok: 3,
      firstFrameMs: 2600,
      bytes: 1_084_071,
      brotliBytes: 256_841,
      canvas: '852×480',
      drawCalls: 7,
      triangles: 1186,
    },
    peer: { ok: 2, firstFrameMs: 2000, bytes: 1_146_463, brotliBytes: 258_912, canvas: '1280×720' },
    frames: {
      ours: { ok: 3, frames: 24, drawn: 25, medianMs: 225, p95Ms: 400.04, msPerShownFrame: 210 },
      peer: { ok: 2, frames: 60, medianMs: 83.3, p95Ms: 120, msPerShownFrame: 1250 },
    },
    firstFrameRatio: 1.3,
    bytesRatio: 0.95,
    errors: ['peer, run 2: page.waitForFunction: Timeout 60000ms exceeded.'],
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

  it('shows the 3D tour beside model-viewer: first frame, bytes, frame times, and failed runs', () => {
    const markdown = reportMarkdown(report);
    expect(markdown).toContain('## 3D tour');
    expect(markdown).toContain('`/models/quang-chinh-bronze-drum.glb` (43,340 bytes, EXT_meshopt_compression)');
    expect(markdown).toContain('| time to first frame | 2600 ms | 2000 ms | 1.30 |');
    expect(markdown).toContain('| bytes to first frame, as served | 1084.1 kB | 1146.5 kB | 0.95 |');
    expect(markdown).toContain('| same files, brotli -11 | 256.8 kB | 258.9 kB | 0.99 |');
    expect(markdown).toContain('| WebGL canvas, pixels | 852×480 | 1280×720 | |');
    expect(markdown).toContain('| runs measured | 3/3 | 2/3 | |');
    expect(markdown).toContain('7 draw calls, 1,186 triangles');
    expect(markdown).toContain(
      '| our tour, walking (KeyW 3 s, then KeyD 2 s; 25 frames drawn) | 3/3 | 24 | 225.0 ms | 400.0 ms | 210.0 ms |',
    );
    expect(markdown).toContain(
      '| `<model-viewer>`, turning (auto-rotate 5 s) | 2/3 | 60 | 83.3 ms | 120.0 ms | 1250.0 ms |',
    );
    expect(markdown).toContain('- peer, run 2: page.waitForFunction: Timeout 60000ms exceeded.');
  });

  it('says when the 3D tour was skipped or could not be measured at all', () => {
    expect(reportMarkdown({ ...report, tour: 'skipped' })).toContain('## 3D tour\n\nSkipped (`--skip-tour`).');
    const failed = { ...(report.tour as Exclude<BenchReport['tour'], 'skipped'>), error: 'chromium did not start' };
    expect(reportMarkdown({ ...report, tour: failed })).toContain('## 3D tour\n\nNot measured: chromium did not start');
  });

  it('shows the map bench beside Leaflet.markercluster, and says when it was skipped', () => {
    const side = { ok: 3, firstRenderMs: 900, frameMedianMs: 16.7, frameP95Ms: 40 };
    const md = reportMarkdown({
      ...report,
      map: {
        places: 10_000,
        cpuSlowdown: 4,
        runs: 3,
        ours: { path: '/bench-map/', ...side },
        peer: { path: '/bench-peer-markercluster.html', ...side, firstRenderMs: 1800 },
        firstRenderRatio: 0.5,
        frameP95Ratio: 1,
        errors: ['peer, run 2: timeout'],
      },
    });
    expect(md).toContain('10,000 synthetic places, CPU slowed 4×');
    expect(md).toContain('| ours `/bench-map/` (3 ok) | 900 ms | 16.7 ms | 40 ms |');
    expect(md).toContain('| ours ÷ peer | 0.5× | | 1× |');
    expect(md).toContain('Errors: peer, run 2: timeout');
    expect(reportMarkdown({ ...report, map: 'skipped' })).toContain('Skipped (`--skip-map`).');
  });
});
