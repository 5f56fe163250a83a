import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Zippable, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { unpackScanZip } from './unpack-scan-zip.ts';

// Hostile and honest zips, made here with fflate: what an expert (or anyone with the editor) may upload.
const scratch = mkdtempSync(join(tmpdir(), 'scan-zip-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let made = 0;

const text = (s: string) => new TextEncoder().encode(s);
const OBJ = 'mtllib vase.mtl\nv 0 0 0\nv 1 0 0\nv 0 1 0\nvt 0 0\nvt 1 0\nvt 0 1\nusemtl glaze\nf 1/1 2/2 3/3\n';
const MTL = 'newmtl glaze\nKd 1 1 1\nmap_Kd textures/vase.jpg\n';
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);

/** Writes `files` as a zip and unpacks it into a fresh folder: the mesh found, or the refusal. */
async function unpack(files: Zippable, limits?: { entries: number; bytes: number }) {
  const n = ++made;
  const zip = join(scratch, `upload-${n}.zip`);
  writeFileSync(zip, zipSync(files));
  const into = join(scratch, `into-${n}`);
  mkdirSync(into);
  const result = await unpackScanZip(zip, into, limits).catch((error: Error) => error);
  return { result, into, zip };
}
const message = (result: unknown) => (result instanceof Error ? result.message : `accepted ${String(result)}`);

describe('unpacking a scan uploaded as a zip', () => {
  it('unpacks an OBJ with its MTL and textures, keeping folders, and finds the mesh', async () => {
    const { result, into } = await unpack({
      'vase/vase.obj': text(OBJ),
      'vase/vase.mtl': text(MTL),
      'vase/textures/vase.jpg': JPEG,
    });
    expect(result).toBe(join(into, 'vase/vase.obj'));
    expect(existsSync(join(into, 'vase/textures/vase.jpg'))).toBe(true);
  });

  it('unpacks a glTF with its .bin and image beside it', async () => {
    const gltf = { asset: { version: '2.0' }, buffers: [{ uri: 'jar%20body.bin' }], images: [{ uri: 'jar.png' }] };
    const { result, into } = await unpack({
      'jar.gltf': text(JSON.stringify(gltf)),
      'jar body.bin': new Uint8Array(12),
      'jar.png': new Uint8Array(8),
    });
    expect(result).toBe(join(into, 'jar.gltf'));
  });

  it('refuses an OBJ whose material file is not in the zip, naming the zip, the mesh and the file expected', async () => {
    const { result } = await unpack({ 'vase.obj': text(OBJ), 'vase.jpg': JPEG });
    expect(message(result)).toMatch(
      /^upload-\d+\.zip: holds vase\.obj, which names the material file vase\.mtl, but the zip has no vase\.mtl beside it\. Put vase\.mtl in the zip/,
    );
  });

  it('refuses an OBJ whose texture is not in the zip', async () => {
    const { result } = await unpack({ 'vase.obj': text(OBJ), 'vase.mtl': text(MTL) });
    expect(message(result)).toMatch(/names the texture textures\/vase\.jpg, but the zip has no textures\/vase\.jpg/);
  });

  it('refuses a material or texture named outside the zip, even when that file exists there', async () => {
    writeFileSync(join(scratch, 'secret.jpg'), JPEG);
    const { result } = await unpack({
      'vase.obj': text(OBJ),
      'vase.mtl': text('newmtl glaze\nmap_Kd ../../secret.jpg\n'),
    });
    expect(message(result)).toMatch(/names the texture \.\.\/\.\.\/secret\.jpg, but the zip has no/);
  });

  it('refuses a glTF whose buffer is missing', async () => {
    const gltf = { asset: { version: '2.0' }, buffers: [{ uri: 'jar.bin' }] };
    const { result } = await unpack({ 'jar.gltf': text(JSON.stringify(gltf)) });
    expect(message(result)).toMatch(/holds jar\.gltf, which names the buffer jar\.bin, but the zip has no jar\.bin/);
  });

  it('refuses zip-slip names (.. and absolute) and writes nothing outside the folder', async () => {
    for (const name of ['../escaped.obj', '/tmp/escaped.obj', 'a/../../escaped.obj', 'a\\..\\..\\escaped.obj']) {
      const { result, into } = await unpack({ [name]: text(OBJ), 'ok.ply': text('ply\n') });
      expect(message(result), name).toMatch(/^upload-\d+\.zip: (cannot be unpacked safely|holds .* outside)/);
      expect(existsSync(join(into, '..', 'escaped.obj'))).toBe(false);
    }
    expect(existsSync('/tmp/escaped.obj')).toBe(false);
  });

  it('refuses a symbolic link, which could point anywhere on the machine', async () => {
    const link: Zippable[string] = [text('/etc/passwd'), { os: 3, attrs: (0o120777 << 16) >>> 0 }];
    const { result } = await unpack({ 'vase.ply': text('ply\n'), 'vase.jpg': link });
    expect(message(result)).toMatch(/holds vase\.jpg, a link rather than a file/);
  });

  it('refuses a zip bomb once the inflated bytes pass the limit, without writing it all', async () => {
    // 8 MB of zeros deflates to a few KB; the limit here is 1 MB.
    const { result, into } = await unpack({ 'bomb.ply': new Uint8Array(8 * 2 ** 20) }, { entries: 10, bytes: 2 ** 20 });
    expect(message(result)).toMatch(/unpacks to more than 1 MB, more than one scan can be/);
    const written = readdirSync(into);
    expect(written.length).toBeLessThanOrEqual(1);
  });

  it('refuses more entries than a scan needs', async () => {
    const many = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`t${i}.jpg`, JPEG]));
    const { result } = await unpack({ ...many, 'vase.ply': text('ply\n') }, { entries: 10, bytes: 2 ** 20 });
    expect(message(result)).toMatch(/holds 13 files, more than the 10 a scan needs/);
  });

  it('refuses a zip with no mesh, or with two, and a file that is not a zip', async () => {
    expect(message((await unpack({ 'notes.txt': text('hi') })).result)).toMatch(
      /holds no mesh \(\.obj, \.gltf, \.glb or \.ply\)/,
    );
    expect(message((await unpack({ 'a.ply': text('ply\n'), 'b/b.glb': JPEG })).result)).toMatch(
      /holds 2 meshes \(a\.ply, b\/b\.glb\); one exhibit takes one/,
    );
    const fake = join(scratch, 'fake.zip');
    writeFileSync(fake, 'not a zip at all');
    mkdirSync(join(scratch, 'fake'));
    expect(message(await unpackScanZip(fake, join(scratch, 'fake')).catch((e: Error) => e))).toMatch(
      /^fake\.zip: is not a zip that can be read/,
    );
  });
});
