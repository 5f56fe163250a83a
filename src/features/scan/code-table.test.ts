import { describe, expect, it } from 'vitest';
import { parseCodeTable } from './code-table.ts';

describe('parseCodeTable', () => {
  it('accepts a table of codes to exhibit ids', () => {
    expect(parseCodeTable({ 'QN-101': 'quang-chinh-bronze-drum' })).toEqual({ 'QN-101': 'quang-chinh-bronze-drum' });
    expect(parseCodeTable({})).toEqual({});
  });

  it('refuses anything else', () => {
    for (const json of [null, 'QN-101', 42, ['QN-101'], { 'QN-101': 7 }, { 'QN-101': '' }, { '': 'drum' }]) {
      expect(parseCodeTable(json), JSON.stringify(json)).toBeNull();
    }
  });
});
