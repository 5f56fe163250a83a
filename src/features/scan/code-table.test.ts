import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadCodeTable, parseCodeTable } from './code-table.ts';

describe('parseCodeTable', () => {
  it('accepts a table of codes to exhibit ids', () => {
    expect(parseCodeTable({ 'QN-101': 'quang-chinh-bronze-drum' }, 'codes.json')).toEqual({
      'QN-101': 'quang-chinh-bronze-drum',
    });
    expect(parseCodeTable({}, 'codes.json')).toEqual({});
  });

  it('refuses a malformed table, naming the file, the code and what was expected', () => {
    expect(() => parseCodeTable({ 'QN-101': 7 }, '/x/codes.json')).toThrow(
      '/x/codes.json is not a label code table: "QN-101": expected an exhibit id (a string)',
    );
    expect(() => parseCodeTable({ 'QN-101': '' }, '/x/codes.json')).toThrow(
      '"QN-101": expected an exhibit id, got an empty string',
    );
    expect(() => parseCodeTable({ '': 'drum' }, '/x/codes.json')).toThrow('expected a label code, got an empty name');
    for (const json of [null, 'QN-101', 42, ['QN-101']])
      expect(() => parseCodeTable(json, '/x/codes.json'), JSON.stringify(json)).toThrow(
        '/x/codes.json is not a label code table: expected an object of label codes to exhibit ids',
      );
  });
});

describe('loadCodeTable', () => {
  afterEach(() => vi.unstubAllGlobals());
  const serve = (body: unknown, status = 200) =>
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify(body), { status }));

  it('gives the checked table', async () => {
    serve({ 'QN-101': 'drum' });
    expect(await loadCodeTable('/x/codes.json')).toEqual({ 'QN-101': 'drum' });
  });

  it('gives nothing for a malformed table, and says why in the console', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    serve({ 'QN-101': { href: 'https://evil.example/' } });
    expect(await loadCodeTable('/x/codes.json')).toBeNull();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('/x/codes.json is not a label code table: "QN-101"'));
    log.mockRestore();
  });

  it('gives nothing offline or on an error status', async () => {
    serve({}, 404);
    expect(await loadCodeTable('/x/codes.json')).toBeNull();
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await loadCodeTable('/x/codes.json')).toBeNull();
  });
});
