/**
 * `npm run splats:import -- <file> --exhibit <id>` (or `--gallery <id>` for a whole room): imports a
 * Gaussian splat capture (.ply, .spz, .splat, .sog) into public/splats/{id}/ as levels of detail
 * (src/features/splats/build/import-splat.ts) and records them in the exhibit's front matter (`splat:`) or in the
 * gallery's scene (`splats:` in scenes/{scene}.json). Options: --crop minX,minY,minZ,maxX,maxY,maxZ,
 * --rotate x,y,z (degrees), --scale f, in the capture's own axes as the page shows it (the editor's
 * splatCrop, splatRotate, splatScale, checked by the same schemas), --generated (test material,
 * labelled so on the page).
 * A file that cannot be imported ends with one line naming it and what to do, and exit code 1.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { setFrontMatterField } from '../../src/content/loader/front-matter.ts';
import { SplatInputError } from '../../src/features/splats/build/inspect-header.ts';
import { importSplat } from '../../src/features/splats/build/import-splat.ts';
import { numberList, withRoomSplat } from '../../src/features/splats/build/record-splat.ts';
import { type CapturePlacement, capturePlacement } from '../../src/features/splats/build/capture-frame.ts';
import { splatCropSchema, splatRotateSchema, splatScaleSchema } from '../../src/content/schemas/splat-capture.ts';
import type { z } from 'zod';

const root = process.cwd();
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    exhibit: { type: 'string' },
    gallery: { type: 'string' },
    crop: { type: 'string' },
    rotate: { type: 'string' },
    scale: { type: 'string' },
    generated: { type: 'boolean', default: false },
  },
});
const input = positionals[0];
const id = values.exhibit ?? values.gallery;
if (!input || !id || (values.exhibit && values.gallery)) {
  console.error(
    'usage: npm run splats:import -- <file.ply|.spz|.splat|.sog> (--exhibit <id> | --gallery <id>) [--crop=x,y,z,X,Y,Z] [--rotate=x,y,z] [--scale f] [--generated]',
  );
  process.exit(2);
}
const target = values.exhibit
  ? join(root, 'content', 'exhibits', `${id}.vi.md`)
  : join(root, 'scenes', `${sceneOfGallery(id)}.json`);
if (!existsSync(target)) {
  console.error(`${target}: not found; --${values.exhibit ? 'exhibit' : 'gallery'} takes the id of an existing one`);
  process.exit(2);
}

try {
  const folder = `/splats/${id}`;
  const splat = await importSplat({
    input,
    outDir: join(root, 'public', folder),
    publicBase: folder,
    ...placementOptions(),
    generated: values.generated,
    log: (line) => console.log(line),
  });
  const text = readFileSync(target, 'utf8');
  writeFileSync(
    target,
    values.exhibit ? setFrontMatterField(text, 'splat', splat) : withRoomSplat(text, splat, folder),
  );
  for (const [name, level] of Object.entries(splat))
    if (typeof level === 'object')
      console.log(
        `  ${name}: ${level.splats.toLocaleString('en-US')} splats, ${(level.bytes / 1048576).toFixed(2)} MB → public${level.src}`,
      );
  console.log(`recorded in ${target.slice(root.length + 1)}`);
} catch (error) {
  console.error(error instanceof SplatInputError ? error.message : `${input}: ${(error as Error).message}`);
  process.exit(1);
}

/** --rotate, --scale and --crop, checked by the schemas that check the editor's splatRotate, splatScale and splatCrop. */
function placementOptions(): CapturePlacement {
  const check = <T>(schema: z.ZodType<T>, value: unknown, option: string): T => {
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0];
    throw new Error(`${option}${issue?.path.length ? ` (${issue.path.join('.')})` : ''}: ${issue?.message}`);
  };
  const [minX, minY, minZ, maxX, maxY, maxZ] = values.crop ? numberList(values.crop, 6, '--crop') : [];
  const [x, y, zAxis] = values.rotate ? numberList(values.rotate, 3, '--rotate') : [];
  return capturePlacement({
    ...(values.crop ? { splatCrop: check(splatCropSchema, { minX, minY, minZ, maxX, maxY, maxZ }, '--crop') } : {}),
    ...(values.rotate ? { splatRotate: check(splatRotateSchema, { x, y, z: zAxis }, '--rotate') } : {}),
    ...(values.scale
      ? { splatScale: check(splatScaleSchema, numberList(values.scale, 1, '--scale')[0], '--scale') }
      : {}),
  });
}

function sceneOfGallery(gallery: string): string {
  const file = join(root, 'content', 'galleries', `${gallery}.vi.md`);
  const scene = existsSync(file) ? /^scene:\s*(\S+)/m.exec(readFileSync(file, 'utf8'))?.[1] : undefined;
  return scene ?? gallery;
}
