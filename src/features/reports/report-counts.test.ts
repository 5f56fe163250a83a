import { describe, expect, it } from 'vitest';
import { uiStringsFor } from '../../i18n/translator.ts';
import { pickStrings } from '../../client/strings.ts';
import { countText, readOpenCounts } from './report-counts.ts';

describe('the open-report counts from the service', () => {
  it('are read for a signed-in expert', () => {
    const body = { signedIn: true, listings: [{ kind: 'place', id: 'bai-chay-beach', open: 2 }] };
    expect(readOpenCounts(body)).toEqual([{ kind: 'place', id: 'bai-chay-beach', open: 2 }]);
    expect(readOpenCounts({ signedIn: true, listings: [] })).toEqual([]);
  });

  it('are nothing for an anonymous visitor, a static host’s page or a malformed answer', () => {
    expect(readOpenCounts({ signedIn: false, listings: [] })).toBeUndefined();
    expect(readOpenCounts('<!doctype html><p>Not found</p>')).toBeUndefined();
    expect(readOpenCounts(null)).toBeUndefined();
    expect(readOpenCounts({ signedIn: true, listings: [{ kind: 'place', id: 'x', open: '2' }] })).toBeUndefined();
    expect(readOpenCounts({ signedIn: true, listings: [{ kind: 'place', id: 'x', open: -1 }] })).toBeUndefined();
  });
});

describe('a count in words', () => {
  it('takes the plural form of the page’s language', () => {
    const en = pickStrings(uiStringsFor('en'), 'reports.counts.');
    expect(countText(en, 'listing', 1, 'en')).toBe('1 open report');
    expect(countText(en, 'listing', 3, 'en')).toBe('3 open reports');
    const fr = pickStrings(uiStringsFor('fr'), 'reports.counts.');
    expect(countText(fr, 'listing', 1, 'fr')).toBe('1 signalement ouvert');
    expect(countText(fr, 'total', 2, 'fr')).toBe('2 signalements ouverts sur les fiches que vous avez vérifiées');
  });

  it('falls back to the "other" form where a language has no other category', () => {
    const vi = pickStrings(uiStringsFor('vi'), 'reports.counts.');
    expect(countText(vi, 'listing', 1, 'vi')).toBe('1 báo cáo chưa xử lý');
    expect(countText({ listing_other: '{{count}} x' }, 'listing', 1, 'en')).toBe('1 x');
  });
});
