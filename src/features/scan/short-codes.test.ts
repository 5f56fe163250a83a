import { describe, expect, it } from 'vitest';
import { codeFromShortLink, resolveCode } from './short-codes.ts';

const codes = ['QN-101', 'QN-102', 'QN-201', 'QN-310'];

describe('resolveCode', () => {
  it.each([
    ['QN-101', 'QN-101'],
    ['qn-101', 'QN-101'],
    ['qn101', 'QN-101'],
    [' QN 101 ', 'QN-101'],
    ['QN-1O1', 'QN-101'],
    ['qn-l02', 'QN-102'],
    ['QN-3IO', 'QN-310'],
    ['0N-201', null], // O/0 only swap in the skeleton: "0N" is "0N", not "QN"
  ])('%j → %j', (input, expected) => expect(resolveCode(input, codes)).toBe(expected));

  it('refuses unknown and empty codes', () => {
    expect(resolveCode('QN-999', codes)).toBeNull();
    expect(resolveCode('', codes)).toBeNull();
    expect(resolveCode('---', codes)).toBeNull();
  });
  it('refuses a look-alike that fits two codes', () => {
    expect(resolveCode('IO-10', ['IO-10', 'I0-10'])).toBe('IO-10');
    expect(resolveCode('10-10', ['IO-10', 'I0-10'])).toBeNull();
  });
});

describe('codeFromShortLink', () => {
  const origins = ['https://guide.example.vn', 'http://127.0.0.1:4322'];
  it('reads the code from this site’s short links', () => {
    expect(codeFromShortLink('https://guide.example.vn/x/QN-101', origins)).toBe('QN-101');
    expect(codeFromShortLink('http://127.0.0.1:4322/x/qn-101/', origins)).toBe('qn-101');
  });
  it('refuses other sites and other addresses', () => {
    expect(codeFromShortLink('https://evil.example/x/QN-101', origins)).toBeNull();
    expect(codeFromShortLink('https://guide.example.vn/vi/', origins)).toBeNull();
    expect(codeFromShortLink('WIFI:S:Museum;T:WPA;P:secret;;', origins)).toBeNull();
  });
});
