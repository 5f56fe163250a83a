import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Document, Logger, type Material, NodeIO } from '@gltf-transform/core';
import { ALL_EXTENSIONS } from '@gltf-transform/extensions';
import { MeshoptDecoder, MeshoptEncoder } from 'meshoptimizer';
import type { BufferGeometry, Mesh } from 'three';
import { MTLLoader } from 'three/examples/jsm/loaders/MTLLoader.js';
import { OBJLoader } from 'three/examples/jsm/loaders/OBJLoader.js';
import { PLYLoader } from 'three/examples/jsm/loaders/PLYLoader.js';
import { checkGlbHeader, formatOf, ImportProblem, readPlyHeader } from './sniff.ts';
import { SOURCE_LIMITS } from './limits.ts';
import { validateGltf } from './validate.ts';

/** NodeIO that reads whatever extensions a capture tool may write, and writes meshopt. */
export async function scanIO(): Promise<NodeIO> {
  await Promise.all([MeshoptEncoder.ready, MeshoptDecoder.ready]);
  return new NodeIO()
    .registerExtensions(ALL_EXTENSIONS)
    .registerDependencies({ 'meshopt.encoder': MeshoptEncoder, 'meshopt.decoder': MeshoptDecoder });
}

/**
 * Reads a scan into a glTF document, refusing what cannot be a usable mesh. glTF goes through the
 * Khronos validator first; OBJ (with its MTL and texture) and PLY through three.js's own loaders.
 */
export async function readSource(file: string): Promise<Document> {
  return quiet(await readAny(file));
}

/** glTF Transform logs every step at INFO; the importer prints its own report. */
export function quiet(document: Document): Document {
  return document.setLogger(new Logger(Logger.Verbosity.WARN));
}

async function readAny(file: string): Promise<Document> {
  const format = formatOf(file);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new ImportProblem(
      file,
      `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).`,
      'Check the path.',
    );
  }
  if (bytes.length > SOURCE_LIMITS.bytes)
    throw new ImportProblem(
      file,
      `is ${Math.round(bytes.length / 2 ** 20)} MB, over the ${SOURCE_LIMITS.bytes / 2 ** 20} MB the importer takes.`,
      'Decimate it in the capture software first (a 2–5 million triangle export is plenty).',
    );
  const io = await scanIO();
  if (format === 'glb' || format === 'gltf') {
    if (format === 'glb') checkGlbHeader(file, bytes);
    await validateGltf(file, bytes, format);
    return format === 'glb' ? io.readBinary(new Uint8Array(bytes)) : io.read(file);
  }
  if (format === 'ply') {
    readPlyHeader(file, bytes);
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer;
    let geometry: BufferGeometry;
    try {
      geometry = new PLYLoader().parse(buffer);
    } catch (error) {
      throw new ImportProblem(file, `cannot be parsed as PLY (${(error as Error).message}).`, 'Export it again.');
    }
    const document = new Document();
    addGeometry(document, geometry, document.createMaterial('surface'), 'scan');
    return document;
  }
  return readObj(file, bytes.toString('utf8'));
}

function readObj(file: string, text: string): Document {
  const group = new OBJLoader().parse(text);
  const document = new Document();
  const mtlName = /^mtllib\s+(.+)$/m.exec(text)?.[1]?.trim();
  const info: Record<string, { map_kd?: string }> = {};
  if (mtlName) {
    const mtlFile = join(dirname(file), mtlName);
    let mtl: string;
    try {
      mtl = readFileSync(mtlFile, 'utf8');
    } catch {
      throw new ImportProblem(
        file,
        `names the material file ${mtlName}, which is not beside it.`,
        'Copy the .mtl and its textures next to the .obj.',
      );
    }
    Object.assign(info, new MTLLoader().parse(mtl, '').materialsInfo);
  }
  const materials = new Map<string, Material>();
  const materialFor = (name: string) => {
    let material = materials.get(name);
    if (material) return material;
    material = document.createMaterial(name).setMetallicFactor(0);
    const map = info[name]?.map_kd?.split(/\s+/).at(-1);
    if (map) {
      const path = join(dirname(file), map);
      let image: Buffer;
      try {
        image = readFileSync(path);
      } catch {
        throw new ImportProblem(
          file,
          `uses the texture ${map}, which is not beside it.`,
          'Copy the textures next to the .obj and .mtl.',
        );
      }
      const mime = /\.png$/i.test(map) ? 'image/png' : 'image/jpeg';
      material.setBaseColorTexture(document.createTexture(map).setImage(image).setMimeType(mime));
    }
    materials.set(name, material);
    return material;
  };
  group.traverse((object) => {
    const mesh = object as Mesh;
    if (!mesh.isMesh) return;
    const material = Array.isArray(mesh.material) ? mesh.material[0] : mesh.material;
    addGeometry(document, mesh.geometry, materialFor(material?.name || 'surface'), mesh.name || 'scan');
  });
  if (document.getRoot().listMeshes().length === 0)
    throw new ImportProblem(file, 'holds no faces.', 'Export the scan as a mesh (with faces).');
  return document;
}

/** One three.js geometry as a glTF primitive on its own node. */
function addGeometry(document: Document, geometry: BufferGeometry, material: Material, name: string): void {
  const buffer = document.getRoot().listBuffers()[0] ?? document.createBuffer();
  const primitive = document.createPrimitive().setMaterial(material);
  const names = { position: 'POSITION', normal: 'NORMAL', uv: 'TEXCOORD_0', color: 'COLOR_0' } as const;
  for (const [from, to] of Object.entries(names)) {
    const attribute = geometry.getAttribute(from);
    if (!attribute) continue;
    const type = attribute.itemSize === 2 ? 'VEC2' : attribute.itemSize === 4 ? 'VEC4' : 'VEC3';
    const array = Float32Array.from(attribute.array as ArrayLike<number>);
    primitive.setAttribute(to, document.createAccessor().setType(type).setArray(array).setBuffer(buffer));
  }
  const index = geometry.getIndex();
  if (index)
    primitive.setIndices(
      document
        .createAccessor()
        .setType('SCALAR')
        .setArray(Uint32Array.from(index.array as ArrayLike<number>))
        .setBuffer(buffer),
    );
  const mesh = document.createMesh(name).addPrimitive(primitive);
  const scene = document.getRoot().getDefaultScene() ?? document.createScene(name);
  document.getRoot().setDefaultScene(scene);
  scene.addChild(document.createNode(name).setMesh(mesh));
}
