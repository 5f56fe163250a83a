import { createWriteStream, mkdirSync } from 'node:fs';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { basename, dirname, relative, resolve, sep } from 'node:path';
import yauzl from 'yauzl';
import { checkNamedFiles } from './named-files.ts';
import { ImportProblem } from './sniff.ts';
import { SOURCE_LIMITS } from './limits.ts';

/**
 * What a scan's zip may hold. A capture is one mesh, its material file and a few textures (a tiled
 * texture set may run to dozens); the bytes are the importer's own limit for one source, so a zip
 * bomb stops as soon as its inflated bytes pass it, whatever its entries declare.
 */
export const ZIP_LIMITS = { entries: 256, bytes: SOURCE_LIMITS.bytes };

const MESH = /\.(obj|gltf|glb|ply)$/i;
const PACKING =
  'Put the mesh and the files it names (an .obj with its .mtl and textures, or a .gltf with its .bin and textures) in one zip, side by side or in folders inside it, and upload it again.';

/**
 * Unpacks an uploaded scan zip into `into` (an empty folder) and returns the mesh in it, ready for the
 * importer. Refused, naming the zip and what was expected: entries that would land outside the folder
 * (absolute paths, `..`: zip-slip) or are links, more entries or inflated bytes than ZIP_LIMITS (a zip
 * bomb stops at the limit, never written in full), no mesh or more than one, and a mesh whose material
 * file, textures or buffers are not in the zip (named-files.ts).
 */
export async function unpackScanZip(zip: string, into: string, limits = ZIP_LIMITS): Promise<string> {
  const name = basename(zip);
  const refuse = (problem: string, todo = PACKING) => new ImportProblem(name, problem, todo);
  let archive: yauzl.ZipFile;
  try {
    // strictFileNames: a backslash is refused, not read as a folder (a Windows path cannot sneak "..\\").
    archive = await yauzl.openPromise(zip, { strictFileNames: true, validateEntrySizes: true });
  } catch (error) {
    throw refuse(`is not a zip that can be read (${(error as Error).message}).`, 'Make the zip again and upload it.');
  }
  if (archive.entryCount > limits.entries)
    throw refuse(`holds ${archive.entryCount} files, more than the ${limits.entries} a scan needs.`);
  const root = resolve(into);
  const meshes: string[] = [];
  let inflated = 0;
  try {
    for await (const entry of archive.eachEntry()) {
      if (entry.fileName.endsWith('/')) continue;
      const target = resolve(root, entry.fileName);
      if (!target.startsWith(root + sep))
        throw refuse(`holds ${entry.fileName}, which would land outside the zip's folder.`);
      // A symbolic link (Unix mode in the high bits of the external attributes) could point anywhere.
      if (((entry.externalFileAttributes >>> 16) & 0o170000) === 0o120000)
        throw refuse(`holds ${entry.fileName}, a link rather than a file.`);
      mkdirSync(dirname(target), { recursive: true });
      const counter = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          inflated += chunk.length;
          if (inflated > limits.bytes)
            done(refuse(`unpacks to more than ${Math.round(limits.bytes / 2 ** 20)} MB, more than one scan can be.`));
          else done(null, chunk);
        },
      });
      await pipeline(await archive.openReadStreamPromise(entry), counter, createWriteStream(target, { flags: 'wx' }));
      if (MESH.test(entry.fileName) && !basename(entry.fileName).startsWith('.')) meshes.push(target);
    }
  } catch (error) {
    if (error instanceof ImportProblem) throw error;
    // yauzl refuses absolute and ".." names itself ("invalid relative path"), and sizes that lie.
    throw refuse(`cannot be unpacked safely (${(error as Error).message}).`);
  } finally {
    archive.close();
  }
  if (meshes.length === 0) throw refuse('holds no mesh (.obj, .gltf, .glb or .ply).');
  if (meshes.length > 1)
    throw refuse(
      `holds ${meshes.length} meshes (${meshes.map((m) => relative(root, m)).join(', ')}); one exhibit takes one.`,
      'Upload a zip with the one mesh of this exhibit and the files it names.',
    );
  const mesh = meshes[0] as string;
  checkNamedFiles(zip, mesh, root);
  return mesh;
}
