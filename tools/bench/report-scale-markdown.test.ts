import { describe, expect, it } from 'vitest';
import { growthOf } from './growth.ts';
import type { ScaleRun } from './report.ts';
import { fuzzSection, scaleSection } from './report-scale-markdown.ts';

const run = (exhibits: number, seconds: number): ScaleRun => ({
  exhibits,
  places: exhibits * 2,
  languages: 6,
  files: exhibits * 8,
  seconds,
  peakMemoryBytes: exhibits * 4e6,
  pages: exhibits * 22,
  outputBytes: exhibits * 3e5,
  searchIndexBytes: exhibits * 1.4e4,
  renderSeconds: seconds * 0.6,
  searchIndexSeconds: seconds * 0.3,
});

describe('scaleSection', () => {
  it('lists each size and how build time grows against the collection', () => {
    const runs = [run(500, 176), run(5000, 1760)];
    const points = (value: (r: ScaleRun) => number) => runs.map((r) => ({ size: r.exhibits, value: value(r) }));
    const text = scaleSection({
      cores: 2,
      runs,
      growth: {
        seconds: growthOf(points((r) => r.seconds!)),
        peakMemoryBytes: growthOf(points((r) => r.peakMemoryBytes!)),
        outputBytes: growthOf(points((r) => r.outputBytes!)),
        searchIndexBytes: growthOf(points((r) => r.searchIndexBytes!)),
      },
    }).join('\n');
    expect(text).toContain(
      '| 5000 | 10000 | 110000 | **1760 s** | 1056 s | 528 s | 20000.0 MB | 1500.0 MB | 70.0 MB |',
    );
    expect(text).toContain('| build time | 10.0 | 10.00 | 352 s | 1.000 |');
  });

  it('says when a build failed and when it was skipped', () => {
    const failed = { ...run(500, 0), seconds: null, error: 'astro build exited with 1' };
    expect(scaleSection({ cores: 2, runs: [failed], growth: null }).join('\n')).toContain(
      'build failed: astro build exited with 1',
    );
    expect(scaleSection('skipped')).toContain('Skipped (`--skip-scale`).');
  });
});

describe('fuzzSection', () => {
  it('counts each outcome and lists the failures', () => {
    const text = fuzzSection([
      {
        source: 'demo content',
        seed: 2,
        mutations: 10,
        accepted: 3,
        refused: 6,
        seconds: 1.5,
        failures: ['#4 x.md: crashed'],
      },
    ]).join('\n');
    expect(text).toContain('demo content: 10 seeded mutations (seed 2) in 1.5 s: 3 accepted, 6 refused');
    expect(text).toContain('**1 failures**');
    expect(text).toContain('  - #4 x.md: crashed');
  });
});
