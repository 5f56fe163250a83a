/**
 * `npm run splats:demo -- <dir>`: writes the demo's generated captures (the Trần jar and the nature
 * gallery's cave wall) as capture-layout PLY files in <dir>, to import with `npm run splats:import`:
 *   npm run splats:import -- <dir>/tran-bronze-jar.ply --exhibit tran-bronze-jar --generated
 *   npm run splats:import -- <dir>/nature-and-sea-room.ply --gallery nature-and-sea --generated
 * then place the room splat in scenes/nature-and-sea.json (its `position`, `rotation`; a re-import keeps them).
 * Deterministic: the same seed gives the same file. The levels made from them are committed.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_ROOM_SPLAT, DEMO_SPLAT } from '../splats/demo-splat.ts';
import { fillCaveWallRows } from '../splats/generated-room.ts';
import { writeGeneratedPly } from '../splats/write-generated-ply.ts';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: npm run splats:demo -- <output folder>');
  process.exit(2);
}
mkdirSync(dir, { recursive: true });
const jar = join(dir, `${DEMO_SPLAT.exhibit}.ply`);
await writeGeneratedPly(jar, { count: DEMO_SPLAT.count, seed: DEMO_SPLAT.seed });
const room = join(dir, `${DEMO_ROOM_SPLAT.gallery}-room.ply`);
await writeGeneratedPly(room, { count: DEMO_ROOM_SPLAT.count, seed: DEMO_ROOM_SPLAT.seed }, fillCaveWallRows);
console.log(`written: ${jar}, ${room}`);
