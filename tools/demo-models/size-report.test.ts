import { describe, expect, it } from 'vitest';
import { budgetProblems, formatSizeReport, LIGHT_MODEL_MAX_BYTES, type ModelSizes } from './size-report.ts';

const row = (id: string, gallery: string, lightBytes: number, lightTriangles: number): ModelSizes => ({
  id,
  gallery,
  detailedBytes: lightBytes * 4,
  detailedTriangles: lightTriangles * 4,
  lightBytes,
  lightTriangles,
});

describe('size report', () => {
  it('lists every exhibit with both levels and a total', () => {
    const table = formatSizeReport([row('drum', 'history', 12_000, 3_000), row('jar', 'history', 8_000, 2_000)]);
    const lines = table.split('\n');
    expect(lines[0]).toMatch(/^exhibit\s+detailed bytes\s+detailed tris\s+light bytes\s+light tris$/);
    expect(lines.find((l) => l.startsWith('drum'))).toMatch(/48,000\s+12,000\s+12,000\s+3,000$/);
    expect(lines.at(-1)).toMatch(/^total\s+80,000\s+20,000\s+20,000\s+5,000$/);
  });

  it('passes models within budget', () => {
    expect(budgetProblems([row('drum', 'history', 40_000, 5_000)])).toEqual([]);
  });

  it('names a light file over 1.5 MB and a gallery over 300k triangles', () => {
    const problems = budgetProblems([
      row('whale', 'nature', LIGHT_MODEL_MAX_BYTES + 1, 200_000),
      row('coral', 'nature', 1_000, 100_001),
    ]);
    expect(problems).toEqual([
      'models/whale.light.glb is 1,572,865 bytes; the limit is 1,572,864',
      'gallery nature: its light models draw 300,001 triangles; the limit is 300,000',
    ]);
  });
});
