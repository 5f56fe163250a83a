import { describe, expect, it } from 'vitest';
import { PrintUsageError, parsePrintArgs } from './print-args.ts';

describe('parsePrintArgs', () => {
  it('prints every label to dist/labels.pdf by default', () => {
    expect(parsePrintArgs([])).toEqual({ help: false, out: 'dist/labels.pdf', single: undefined });
  });
  it('takes an output path and one exhibit', () => {
    expect(parsePrintArgs(['--out', 'labels/a.pdf'])).toEqual({ help: false, out: 'labels/a.pdf', single: undefined });
    expect(parsePrintArgs(['--single', 'bronze-drum'])).toEqual({
      help: false,
      out: 'dist/label-bronze-drum.pdf',
      single: 'bronze-drum',
    });
    expect(parsePrintArgs(['--single=bronze-drum', '--out=x.pdf'])).toMatchObject({
      out: 'x.pdf',
      single: 'bronze-drum',
    });
  });
  it('answers --help', () => {
    expect(parsePrintArgs(['--help'])).toEqual({ help: true });
  });
  it('refuses what it cannot use, naming it', () => {
    expect(() => parsePrintArgs(['--single', 'QN-101'])).toThrow(PrintUsageError);
    expect(() => parsePrintArgs(['--single', 'QN-101'])).toThrow(/QN-101/);
    expect(() => parsePrintArgs(['--page', 'A5'])).toThrow(/--page/);
    expect(() => parsePrintArgs(['labels.pdf'])).toThrow(PrintUsageError);
    expect(() => parsePrintArgs(['--out', ' '])).toThrow(/--out/);
  });
});
