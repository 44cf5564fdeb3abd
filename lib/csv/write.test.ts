import { describe, expect, it } from 'vitest';
import { csvCell, csvRow, toCsv } from './write';

describe('CSV writer', () => {
  it('neutralises cells a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://evil","click")')).toBe(`"'=HYPERLINK(""http://evil"",""click"")"`);
    expect(csvCell('+9779841000000')).toBe(`'+9779841000000`);
    expect(csvCell('-2+3')).toBe(`'-2+3`);
    expect(csvCell('@SUM(A1:A2)')).toBe(`'@SUM(A1:A2)`);
    expect(csvCell('\t=1+1')).toBe(`'\t=1+1`);
    expect(csvCell('\r=1+1')).toBe(`"'\r=1+1"`);
  });

  it('leaves ordinary text, numbers and formula characters inside the text alone', () => {
    expect(csvCell('Sita Sharma')).toBe('Sita Sharma');
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(1234.5)).toBe('1234.5');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(true)).toBe('true');
  });

  it('quotes commas, quotes and line breaks as RFC 4180 says and ends rows with CRLF', () => {
    expect(csvCell('Baneshwor, Kathmandu')).toBe('"Baneshwor, Kathmandu"');
    expect(csvCell('say "hello"')).toBe('"say ""hello"""');
    expect(csvCell('line one\nline two')).toBe('"line one\nline two"');
    expect(csvRow(['a', 'b,c', 3])).toBe('a,"b,c",3\r\n');
    expect(toCsv(['h1', 'h2'], [['x', '=y']])).toBe(`h1,h2\r\nx,'=y\r\n`);
  });

  it('writes dates as ISO timestamps', () => {
    expect(csvCell(new Date('2026-01-02T03:04:05.000Z'))).toBe('2026-01-02T03:04:05.000Z');
  });
});
