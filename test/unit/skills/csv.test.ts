import { describe, expect, it } from 'vitest';
import { parseCsv, parseCsvRecords, parseTsvRecords } from '../../../lib/skills/build/csv';

describe('parseCsv', () => {
  it('splits plain fields and LF records', () => {
    expect(parseCsv('a,b,c\n1,2,3\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
  });

  it('handles CRLF record ends and a missing final newline', () => {
    expect(parseCsv('a,b\r\n1,2\r\n3,4')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('keeps commas, doubled quotes and embedded newlines inside quoted fields', () => {
    expect(parseCsv('x,"he said ""hi"", then left","line1\r\nline2\nline3",y\r\n')).toEqual([
      ['x', 'he said "hi", then left', 'line1\r\nline2\nline3', 'y'],
    ]);
  });

  it('keeps empty fields, including trailing ones', () => {
    expect(parseCsv('a,,c,\n,,\n')).toEqual([
      ['a', '', 'c', ''],
      ['', '', ''],
    ]);
  });

  it('strips a UTF-8 BOM and keeps non-ASCII text', () => {
    expect(parseCsv('\uFEFFname\nZürich – “quoted”\n')).toEqual([['name'], ['Zürich – “quoted”']]);
  });

  it('keeps an empty quoted field and quotes in the middle of an unquoted field literally', () => {
    expect(parseCsv('"",a"b\n')).toEqual([['', 'a"b']]);
  });

  it('throws on an unterminated quoted field', () => {
    expect(() => parseCsv('a,"open\n')).toThrow(SyntaxError);
  });

  it('maps records by header and fills missing cells with ""', () => {
    expect(parseCsvRecords('id,label,alt\r\n1,"R, the language"\r\n')).toEqual([
      { id: '1', label: 'R, the language', alt: '' },
    ]);
  });
});

describe('parseTsvRecords', () => {
  it('splits tabs, ignores blank lines and CRLF', () => {
    expect(parseTsvRecords('Code\tExample\r\n1\tAdobe "Acrobat"\r\n\r\n')).toEqual([
      { Code: '1', Example: 'Adobe "Acrobat"' },
    ]);
  });
});
