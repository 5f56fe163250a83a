import { type Document, NodeIO } from '@gltf-transform/core';
import {
  EXTMeshGPUInstancing,
  EXTMeshoptCompression,
  type InstancedMesh,
  KHRMeshQuantization,
} from '@gltf-transform/extensions';
import { dedup, meshopt, prune, weld } from '@gltf-transform/functions';
import { MeshoptDecoder, MeshoptEncoder } from 'meshoptimizer';

/** NodeIO that reads and writes what our models use: meshopt compression, quantization, instancing. */
export async function modelIO(): Promise<NodeIO> {
  await Promise.all([MeshoptEncoder.ready, MeshoptDecoder.ready]);
  return new NodeIO()
    .registerExtensions([EXTMeshoptCompression, KHRMeshQuantization, EXTMeshGPUInstancing])
    .registerDependencies({ 'meshopt.encoder': MeshoptEncoder, 'meshopt.decoder': MeshoptDecoder });
}

/**
 * Shrinks a model for the web: shares identical data (dedup), merges identical vertices (weld), drops
 * anything unused (prune), then quantizes and compresses with EXT_meshopt_compression. No `join` or
 * `flatten`: they merge or re-parent nodes, and the named exhibit and part nodes must stay. `prune`
 * keeps leaf nodes so that no named node goes missing.
 */
export async function optimizeModel(document: Document): Promise<void> {
  await MeshoptEncoder.ready;
  await document.transform(
    dedup(),
    weld(),
    prune({ keepLeaves: true }),
    meshopt({ encoder: MeshoptEncoder, level: 'high' }),
  );
  roundNodeTransforms(document);
}

/**
 * Quantization folds its offset and scale into the part nodes, leaving 17-digit numbers in the JSON:
 * a third of a light file. A micrometre (and a millionth of a turn or of a scale) is plenty.
 */
export function roundNodeTransforms(document: Document): void {
  const round = (step: number) => (v: number) => Math.round(v / step) * step || 0;
  const fix = (values: number[], step: number) => values.map((v) => Number(round(step)(v).toPrecision(12)));
  for (const node of document.getRoot().listNodes()) {
    node.setTranslation(fix(node.getTranslation(), 1e-6) as [number, number, number]);
    node.setRotation(fix(node.getRotation(), 1e-7) as [number, number, number, number]);
    node.setScale(fix(node.getScale(), 1e-7) as [number, number, number]);
  }
}

/** Triangles drawn for the default scene: each instanced mesh counts once per instance. */
export function renderedTriangles(document: Document): number {
  let triangles = 0;
  document
    .getRoot()
    .getDefaultScene()
    ?.traverse((node) => {
      const mesh = node.getMesh();
      if (!mesh) return;
      const batch = node.getExtension<InstancedMesh>('EXT_mesh_gpu_instancing');
      const copies = batch?.listAttributes()[0]?.getCount() ?? 1;
      for (const primitive of mesh.listPrimitives()) {
        const count = primitive.getIndices()?.getCount() ?? primitive.getAttribute('POSITION')?.getCount() ?? 0;
        triangles += (count / 3) * copies;
      }
    });
  return triangles;
}
