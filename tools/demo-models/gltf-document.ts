import { type Accessor, Document, type Material, type Mesh } from '@gltf-transform/core';
import { EXTMeshGPUInstancing } from '@gltf-transform/extensions';
import type { ExhibitModel } from './exhibit-model.ts';
import { linearColor, type MaterialSpec } from './materials.ts';
import type { MeshData } from './mesh-data.ts';
import type { Trs } from './transform.ts';

/**
 * Turns an exhibit's parts into a glTF document: a scene holding one root node named with the exhibit
 * id, and under it one node per part, `{id}/{part}`. Meshes never sit on a node with children, so
 * quantization later adjusts the part nodes themselves instead of inserting unnamed ones.
 */
export function exhibitDocument(model: ExhibitModel): Document {
  const document = new Document();
  const buffer = document.createBuffer();
  const scene = document.createScene(model.id);
  document.getRoot().setDefaultScene(scene);
  const root = document.createNode(model.id);
  scene.addChild(root);

  const materials = new Map<MaterialSpec, Material>();
  const materialFor = (spec: MaterialSpec) => {
    let material = materials.get(spec);
    if (!material) {
      material = document
        .createMaterial(spec.name)
        .setBaseColorFactor(linearColor(spec))
        .setMetallicFactor(spec.metallic)
        .setRoughnessFactor(spec.roughness)
        .setAlphaMode(spec.opacity === undefined ? 'OPAQUE' : 'BLEND');
      materials.set(spec, material);
    }
    return material;
  };

  const meshes = new Map<MeshData, Map<MaterialSpec, Mesh>>();
  const meshFor = (data: MeshData, spec: MaterialSpec, name: string) => {
    const byMaterial = meshes.get(data) ?? new Map<MaterialSpec, Mesh>();
    meshes.set(data, byMaterial);
    let mesh = byMaterial.get(spec);
    if (!mesh) {
      const accessor = (
        array: Float32Array<ArrayBuffer> | Uint16Array<ArrayBuffer> | Uint32Array<ArrayBuffer>,
        type: 'VEC3' | 'SCALAR',
      ) => document.createAccessor().setType(type).setArray(array).setBuffer(buffer);
      const indices = data.positions.length / 3 <= 65535 ? Uint16Array.from(data.indices) : data.indices;
      const primitive = document
        .createPrimitive()
        .setAttribute('POSITION', accessor(data.positions, 'VEC3'))
        .setAttribute('NORMAL', accessor(data.normals, 'VEC3'))
        .setIndices(accessor(indices, 'SCALAR'))
        .setMaterial(materialFor(spec));
      mesh = document.createMesh(name).addPrimitive(primitive);
      byMaterial.set(spec, mesh);
    }
    return mesh;
  };

  for (const part of model.parts) {
    const name = `${model.id}/${part.name}`;
    // Parts numbered "rib-left-03" share the mesh "rib-left".
    const node = document.createNode(name).setMesh(meshFor(part.mesh, part.material, name.replace(/-\d+$/, '')));
    setTrs(node, part.transform ?? {});
    if (part.instances) {
      const batch = document
        .createExtension(EXTMeshGPUInstancing)
        .createInstancedMesh()
        .setAttribute(
          'TRANSLATION',
          vectors(document, buffer, part.instances, (t) => t.translation ?? [0, 0, 0]),
        )
        .setAttribute(
          'ROTATION',
          vectors(document, buffer, part.instances, (t) => t.rotation ?? [0, 0, 0, 1]),
        )
        .setAttribute(
          'SCALE',
          vectors(document, buffer, part.instances, (t) => t.scale ?? [1, 1, 1]),
        );
      node.setExtension('EXT_mesh_gpu_instancing', batch);
    }
    root.addChild(node);
  }
  return document;
}

function setTrs(node: ReturnType<Document['createNode']>, trs: Trs): void {
  if (trs.translation) node.setTranslation(trs.translation);
  if (trs.rotation) node.setRotation(trs.rotation);
  if (trs.scale) node.setScale(trs.scale);
}

function vectors(
  document: Document,
  buffer: ReturnType<Document['createBuffer']>,
  placements: readonly Trs[],
  value: (trs: Trs) => readonly number[],
): Accessor {
  const rows = placements.map(value);
  return document
    .createAccessor()
    .setType(rows[0]!.length === 4 ? 'VEC4' : 'VEC3')
    .setArray(Float32Array.from(rows.flat()))
    .setBuffer(buffer);
}
