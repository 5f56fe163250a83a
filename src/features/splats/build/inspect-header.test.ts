import { describe, expect, it } from 'vitest';
import { capturePlyHeader } from '../../../../tools/splats/capture-layout.ts';
import { inspectSplatHeader } from './inspect-header.ts';
import { tallyPositions } from './position-scan.ts';
import { plyWithNaN, validPly } from '../../../../tools/splats/hostile-files.ts';

const head = (bytes: Uint8Array) => bytes.subarray(0, 65_536);

describe('inspectSplatHeader', () => {
  it('reads a capture-layout PLY: its count, its properties and where x, y, z sit', () => {
    const ply = validPly(100);
    const facts = inspectSplatHeader('scan.ply', ply.byteLength, head(ply));
    expect(facts).toMatchObject({ format: 'ply', count: 100, stride: 17 * 4, positionOffsets: [0, 4, 8] });
    expect(facts.properties).toContain('f_dc_0');
  });
  it('refuses a PLY cut short, naming the file, the bytes promised and found, and what to do', () => {
    const ply = validPly(100);
    expect(() => inspectSplatHeader('scan.ply', ply.byteLength - 10, head(ply))).toThrow(
      /^scan\.ply: the file is cut short: its header declares 100 splats .* Copy the file again/,
    );
  });
  it('refuses 2^31 splats in a header before anything is allocated', () => {
    const header = Buffer.from(capturePlyHeader(2 ** 31, 3));
    expect(() => inspectSplatHeader('big.ply', 1e6, header)).toThrow(/^big\.ply: .*2,147,483,648 splats.*crop it/);
  });
  it('tells a mesh or a point cloud from a splat', () => {
    const cloud = Buffer.from(
      'ply\nformat binary_little_endian 1.0\nelement vertex 1\nproperty float x\nproperty float y\nproperty float z\nend_header\n',
    );
    expect(() => inspectSplatHeader('cloud.ply', 200, cloud)).toThrow(/cloud\.ply: the vertices lack opacity/);
  });
  it('refuses a name it does not read', () => {
    expect(() => inspectSplatHeader('scan.obj', 10, new Uint8Array(10))).toThrow(
      /scan\.obj: not a splat file.*\.ply, \.spz/,
    );
  });
});

describe('tallyPositions', () => {
  it('counts splats at NaN positions and where the first one is, block by block', () => {
    const ply = plyWithNaN(100, 10);
    const facts = inspectSplatHeader('nan.ply', ply.byteLength, head(ply));
    const rows = ply.subarray(facts.dataOffset);
    const stride = facts.stride ?? 0;
    const offsets = facts.positionOffsets ?? [0, 4, 8];
    let tally = tallyPositions({ scanned: 0, nonFinite: 0 }, rows.subarray(0, 40 * stride), stride, offsets);
    tally = tallyPositions(tally, rows.subarray(40 * stride), stride, offsets);
    expect(tally).toEqual({ scanned: 100, nonFinite: 10, firstBad: 0 });
  });
});
