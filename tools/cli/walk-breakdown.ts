/**
 * `node tools/cli/walk-breakdown.ts [distDir] [--runs 3] [--peer]`: where a walking frame's time goes.
 * Serves a built site (default dist/) and walks the 3D tour as the bench does, as shipped, with the
 * labels hidden, and at a quarter of the pixels; with --peer, model-viewer turning for comparison.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startPreview } from '../bench/preview.ts';
import { peerTurnBreakdown, walkBreakdown } from '../bench/walk-breakdown.ts';
import { writeModelViewerPeer } from '../bench/tour.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { runs: { type: 'string', default: '3' }, peer: { type: 'boolean', default: false } },
});
const root = join(import.meta.dirname, '..', '..');
const distDir = positionals[0] ?? join(root, 'dist');
if (values.peer) writeModelViewerPeer(root, distDir);
const preview = await startPreview(root, distDir);
try {
  const rows = await walkBreakdown(preview.origin, Number(values.runs));
  if (values.peer) rows.push(await peerTurnBreakdown(preview.origin, Number(values.runs)));
  console.log('| walking the tour | canvas | median frame | 95th percentile | browser CPU per frame |');
  console.log('|---|---|---|---|---|');
  for (const r of rows)
    console.log(`| ${r.name} | ${r.canvas} | ${r.medianMs} ms | ${r.p95Ms} ms | ${r.cpuMsPerFrame} ms |`);
} finally {
  await preview.stop();
}
