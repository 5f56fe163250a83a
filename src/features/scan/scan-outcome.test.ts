import { describe, expect, it } from 'vitest';
import { urls } from '../../urls.ts';
import { scanOutcome } from './scan-outcome.ts';

const context = {
  origins: ['https://guide.example.vn', 'http://127.0.0.1:4321'],
  codes: { 'QN-101': 'quang-chinh-bronze-drum', 'QN-102': 'tran-bronze-jar' },
  exhibitPath: urls.exhibit('ko', '{id}'),
};

describe('scanOutcome', () => {
  it('opens the exhibit of a printed label, in the page language', () => {
    expect(scanOutcome(['https://guide.example.vn/x/qn-101/'], context)).toEqual({
      kind: 'exhibit',
      code: 'QN-101',
      id: 'quang-chinh-bronze-drum',
      href: urls.exhibit('ko', 'quang-chinh-bronze-drum'),
    });
  });

  it('accepts the code as printed without the trailing slash, in any case, and on the page origin', () => {
    expect(scanOutcome(['https://guide.example.vn/x/QN-102'], context)).toMatchObject({ id: 'tran-bronze-jar' });
    expect(scanOutcome(['http://127.0.0.1:4321/x/qn102/'], context)).toMatchObject({ id: 'tran-bronze-jar' });
  });

  it('refuses codes of other sites, Wi-Fi codes and plain text', () => {
    for (const value of [
      'https://example.com/',
      'https://example.com/x/qn-101/',
      'http://guide.example.vn/x/qn-101/',
      'WIFI:T:WPA;S:Museum;P:secret;;',
      'QN-101',
      '',
    ]) {
      expect(scanOutcome([value], context), value).toEqual({ kind: 'foreign' });
    }
  });

  it('refuses other paths of this site', () => {
    expect(scanOutcome(['https://guide.example.vn/en/exhibits/tran-bronze-jar/'], context)).toEqual({
      kind: 'foreign',
    });
  });

  it('names a code of this site that no exhibit carries', () => {
    expect(scanOutcome(['https://guide.example.vn/x/qn-999/'], context)).toEqual({ kind: 'unknown', code: 'QN-999' });
  });

  it('names a code whose link holds a malformed escape as unknown, instead of throwing', () => {
    expect(scanOutcome(['https://guide.example.vn/x/%E0%A4%A/'], context)).toEqual({
      kind: 'unknown',
      code: '%E0%A4%A',
    });
    // The same frame may still hold a real label.
    expect(
      scanOutcome(['https://guide.example.vn/x/%E0%A4%A/', 'https://guide.example.vn/x/qn-101/'], context),
    ).toMatchObject({ kind: 'exhibit', id: 'quang-chinh-bronze-drum' });
  });

  it('prefers an exhibit over another code in the same frame', () => {
    expect(scanOutcome(['https://example.com/', 'https://guide.example.vn/x/qn-101/'], context)).toMatchObject({
      kind: 'exhibit',
      id: 'quang-chinh-bronze-drum',
    });
    expect(scanOutcome(['https://guide.example.vn/x/qn-999/', 'https://example.com/'], context)).toEqual({
      kind: 'unknown',
      code: 'QN-999',
    });
  });

  it('has nothing to say about a frame without a code', () => {
    expect(scanOutcome([], context)).toBeNull();
  });
});
