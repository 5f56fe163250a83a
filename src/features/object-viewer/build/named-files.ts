import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, relative, resolve, sep } from 'node:path';
import { ImportProblem } from './sniff.ts';

/**
 * The files a mesh unpacked from a zip names, checked before the importer reads it: an OBJ's material
 * file and that file's textures, a glTF's buffers and images. Each must be in the zip (inside `root`,
 * never beside it: a "../" in a name is refused like a missing file). Refused naming the zip, the mesh
 * and the file expected.
 */
export function checkNamedFiles(zip: string, mesh: string, root: string): void {
  const inZip = (from: string, name: string) => {
    const path = resolve(dirname(from), name);
    return path.startsWith(resolve(root) + sep) && existsSync(path) ? path : undefined;
  };
  const where = relative(root, mesh);
  const missing = (what: string, name: string) =>
    new ImportProblem(
      basename(zip),
      `holds ${where}, which names the ${what} ${name}, but the zip has no ${name} beside it.`,
      `Put ${name} in the zip where ${where} expects it, and upload the zip again.`,
    );
  if (/\.obj$/i.test(mesh)) {
    const obj = readFileSync(mesh, 'latin1');
    for (const [, name] of obj.matchAll(/^mtllib\s+(.+?)\s*$/gm)) {
      const mtl = inZip(mesh, name as string);
      if (!mtl) throw missing('material file', name as string);
      // As the importer reads it (read-source.ts): the last word of a map_Kd line is the texture.
      for (const [, line] of readFileSync(mtl, 'latin1').matchAll(/^\s*map_Kd\s+(.+?)\s*$/gim)) {
        const texture = (line as string).split(/\s+/).at(-1) as string;
        if (!inZip(mtl, texture)) throw missing('texture', texture);
      }
    }
  }
  if (/\.gltf$/i.test(mesh)) {
    let gltf: { buffers?: { uri?: string }[]; images?: { uri?: string }[] };
    try {
      gltf = JSON.parse(readFileSync(mesh, 'utf8'));
    } catch {
      return; // Not JSON: the importer's validator says so, with the line.
    }
    const files = [...(gltf.buffers ?? []), ...(gltf.images ?? [])]
      .map((part) => part.uri)
      .filter((uri): uri is string => typeof uri === 'string' && !uri.startsWith('data:'));
    for (const uri of files) {
      let name = uri;
      try {
        name = decodeURIComponent(uri);
      } catch {
        // A stray "%": the name as written, which the zip then must hold.
      }
      if (!inZip(mesh, name)) throw missing(/\.bin$/i.test(name) ? 'buffer' : 'image', name);
    }
  }
}
