import { Logger, type NodeIO } from '@gltf-transform/core';
import type { Lod } from './exhibit-model.ts';
import { exhibitDocument } from './gltf-document.ts';
import { buildExhibitModel } from './model-builders.ts';
import { optimizeModel, renderedTriangles } from './optimize.ts';

export interface GeneratedModel {
  bytes: Uint8Array;
  /** Triangles drawn, after optimization, counting every instance. */
  triangles: number;
}

/** Builds, optimizes and encodes one exhibit's model as a .glb. Same input, same bytes. */
export async function generateModel(id: string, lod: Lod, io: NodeIO): Promise<GeneratedModel> {
  const document = exhibitDocument(buildExhibitModel(id, lod));
  document.setLogger(new Logger(Logger.Verbosity.WARN));
  await optimizeModel(document);
  return { bytes: await io.writeBinary(document), triangles: renderedTriangles(document) };
}
