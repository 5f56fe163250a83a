import { describe, expect, it } from 'vitest';
import { A4_SHEET, labelSheets } from './label-sheets.ts';

describe('labelSheets', () => {
  it('fills A4 sheets of 2 × 4 labels, the last one partly', () => {
    const labels = Array.from({ length: 20 }, (_, i) => i);
    const sheets = labelSheets(labels);
    expect(sheets.map((s) => s.length)).toEqual([8, 8, 4]);
    expect(sheets.flat()).toEqual(labels);
  });
  it('makes no empty sheet', () => {
    expect(labelSheets([])).toEqual([]);
    expect(labelSheets([1, 2, 3, 4], 2)).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });
  it('refuses a sheet that holds no label', () => {
    expect(() => labelSheets([1], 0)).toThrow(/positive integer/);
    expect(() => labelSheets([1], 1.5)).toThrow(/positive integer/);
  });
  it('fits the labels on A4 inside 10 mm margins', () => {
    expect(A4_SHEET.columns * A4_SHEET.labelWidthMm).toBeLessThanOrEqual(190);
    expect(A4_SHEET.rows * A4_SHEET.labelHeightMm).toBeLessThanOrEqual(272);
  });
});
