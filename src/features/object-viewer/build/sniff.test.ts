import { describe, expect, it } from 'vitest';
import { checkGlbHeader, formatOf, readPlyHeader } from './sniff.ts';

const ply = (header: string, body = new Uint8Array(0)) => {
  const head = new TextEncoder().encode(header);
  const bytes = new Uint8Array(head.length + body.length);
  bytes.set(head);
  bytes.set(body, head.length);
  return bytes;
};
const binaryHeader = (vertices: number | string, faces: number) =>
  `ply\nformat binary_little_endian 1.0\nelement vertex ${vertices}\nproperty float x\nproperty float y\nproperty float z\nelement face ${faces}\nproperty list uchar int vertex_indices\nend_header\n`;

describe('refusing hostile scan files before parsing them', () => {
  it('refuses a PLY whose header claims 2^31 vertices, naming the file and the limit', () => {
    expect(() => readPlyHeader('vase.ply', ply(binaryHeader(2 ** 31, 1)))).toThrow(
      /^vase\.ply: declares 2147483648 vertices .* over the limits .* Decimate it/,
    );
  });
  it('refuses a PLY whose counts need more bytes than the file has (truncated)', () => {
    expect(() => readPlyHeader('cut.ply', ply(binaryHeader(1000, 10), new Uint8Array(100)))).toThrow(
      /^cut\.ply: is truncated: .* 1000 vertices .* Export it again/,
    );
  });
  it('refuses impossible counts and point clouds', () => {
    expect(() => readPlyHeader('x.ply', ply(binaryHeader('-5', 1)))).toThrow(/impossible number of vertices/);
    expect(() => readPlyHeader('cloud.ply', ply(binaryHeader(3, 0), new Uint8Array(36)))).toThrow(/point cloud/);
  });
  it('sends a Gaussian splat PLY to the splat importer', () => {
    const header =
      'ply\nformat binary_little_endian 1.0\nelement vertex 1\nproperty float x\nproperty float f_dc_0\nelement face 1\nend_header\n';
    expect(() => readPlyHeader('room.ply', ply(header))).toThrow(/room\.ply: is a Gaussian splat.*splat importer/);
  });
  it('reads a sound header', () => {
    const header = readPlyHeader('ok.ply', ply(binaryHeader(3, 1), new Uint8Array(36 + 13)));
    expect(header).toMatchObject({ vertices: 3, faces: 1, vertexBytes: 12 });
  });
  it('refuses a GLB cut short, and one that is not a GLB', () => {
    const glb = new Uint8Array(40);
    const view = new DataView(glb.buffer);
    view.setUint32(0, 0x46546c67, true);
    view.setUint32(4, 2, true);
    view.setUint32(8, 4000, true);
    expect(() => checkGlbHeader('scan.glb', glb)).toThrow(/^scan\.glb: is truncated: .* 4000 bytes, the file has 40/);
    view.setUint32(8, 40, true);
    view.setUint32(12, 2 ** 31, true);
    expect(() => checkGlbHeader('scan.glb', glb)).toThrow(/chunk at byte 12 declares 2147483648 bytes/);
    expect(() => checkGlbHeader('photo.glb', new Uint8Array(64))).toThrow(/not a binary glTF/);
  });
  it('names the formats it takes when given another', () => {
    expect(formatOf('A.GLB')).toBe('glb');
    expect(() => formatOf('scan.fbx')).toThrow(/scan\.fbx: .*\.fbx.*glTF\/GLB, OBJ .* PLY/);
  });
});
