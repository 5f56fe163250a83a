/** Per-file budgets for the walkthrough on a mid-range phone. */
export const LIGHT_MODEL_MAX_BYTES = 1.5 * 1024 * 1024;
export const GALLERY_LIGHT_MAX_TRIANGLES = 300_000;

export interface ModelSizes {
  id: string;
  gallery: string;
  detailedBytes: number;
  detailedTriangles: number;
  lightBytes: number;
  lightTriangles: number;
}

/** A plain-text table, one row per exhibit and a total row, for the terminal. */
export function formatSizeReport(rows: readonly ModelSizes[]): string {
  const total = rows.reduce(
    (sum, r) => ({
      detailedBytes: sum.detailedBytes + r.detailedBytes,
      detailedTriangles: sum.detailedTriangles + r.detailedTriangles,
      lightBytes: sum.lightBytes + r.lightBytes,
      lightTriangles: sum.lightTriangles + r.lightTriangles,
    }),
    { detailedBytes: 0, detailedTriangles: 0, lightBytes: 0, lightTriangles: 0 },
  );
  const header = ['exhibit', 'detailed bytes', 'detailed tris', 'light bytes', 'light tris'];
  const cells = [...rows, { id: 'total', ...total }].map((r) => [
    r.id,
    group(r.detailedBytes),
    group(r.detailedTriangles),
    group(r.lightBytes),
    group(r.lightTriangles),
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...cells.map((row) => row[c]!.length)));
  const line = (row: string[]) =>
    row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(header), rule, ...cells.slice(0, -1).map(line), rule, line(cells.at(-1)!)].join('\n');
}

/** Light triangles per gallery: what the walkthrough draws when every exhibit of a gallery is in view. */
export function lightTrianglesByGallery(rows: readonly ModelSizes[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const r of rows) totals.set(r.gallery, (totals.get(r.gallery) ?? 0) + r.lightTriangles);
  return totals;
}

/** Every broken budget, as a sentence naming the file or gallery. Empty when all is within budget. */
export function budgetProblems(rows: readonly ModelSizes[]): string[] {
  const problems: string[] = [];
  for (const r of rows) {
    if (r.lightBytes > LIGHT_MODEL_MAX_BYTES) {
      problems.push(
        `models/${r.id}.light.glb is ${group(r.lightBytes)} bytes; the limit is ${group(LIGHT_MODEL_MAX_BYTES)}`,
      );
    }
  }
  for (const [gallery, triangles] of lightTrianglesByGallery(rows)) {
    if (triangles > GALLERY_LIGHT_MAX_TRIANGLES) {
      problems.push(
        `gallery ${gallery}: its light models draw ${group(triangles)} triangles; the limit is ${group(GALLERY_LIGHT_MAX_TRIANGLES)}`,
      );
    }
  }
  return problems;
}

function group(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}
