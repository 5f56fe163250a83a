/**
 * The A4 sheet: 2 columns × 4 rows of 90 × 60 mm labels inside 10 mm page margins (190 × 277 mm).
 * print-labels.css draws it from the custom properties the sheet view sets from these numbers.
 */
export const A4_SHEET = {
  columns: 2,
  rows: 4,
  labelWidthMm: 90,
  labelHeightMm: 60,
} as const;

/**
 * Splits the labels into printed sheets, one page each, so a page break never falls inside a label
 * and the PDF has one page per sheet.
 */
export function labelSheets<T>(labels: readonly T[], perSheet: number = A4_SHEET.columns * A4_SHEET.rows): T[][] {
  if (!Number.isInteger(perSheet) || perSheet < 1)
    throw new Error(`labels per sheet must be a positive integer, got ${perSheet}`);
  const sheets: T[][] = [];
  for (let start = 0; start < labels.length; start += perSheet) sheets.push(labels.slice(start, start + perSheet));
  return sheets;
}
