import { describe, expect, it } from 'vitest';
import { type CsvRecord, detectDelimiter, parseCsv } from './csv.ts';

async function parse(source: string | string[]): Promise<CsvRecord[]> {
  const input =
    typeof source === 'string'
      ? source
      : (async function* () {
          yield* source;
        })();
  const records: CsvRecord[] = [];
  for await (const record of parseCsv(input)) records.push(record);
  return records;
}

describe('parseCsv', () => {
  it('reads comma files with a BOM, CRLF and blank lines, numbering rows like Excel', async () => {
    const records = await parse('\uFEFFa,b\r\n1,2\r\n\r\n3,4\r\n');
    expect(records).toEqual([
      { row: 1, fields: ['a', 'b'] },
      { row: 2, fields: ['1', '2'] },
      { row: 4, fields: ['3', '4'] },
    ]);
  });

  it('reads semicolon files from Indonesian Excel', async () => {
    expect((await parse('kode_wilayah;bulan\n15.03;2024-10\n')).map((r) => r.fields)).toEqual([
      ['kode_wilayah', 'bulan'],
      ['15.03', '2024-10'],
    ]);
  });

  it('handles quotes, doubled quotes, delimiters and line breaks inside quotes', async () => {
    const records = await parse('a,b\n"x, y","say ""hi"""\n"multi\nline",z\nlast,row');
    expect(records.map((r) => r.fields)).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
      ['multi\nline', 'z'],
      ['last', 'row'],
    ]);
    expect(records[3]?.row).toBe(5);
  });

  it('keeps a quote inside an unquoted field (the official village name Soka"an)', async () => {
    expect((await parse('code,name\n35.13.15.2017,Soka"an\n'))[1]?.fields).toEqual([
      '35.13.15.2017',
      'Soka"an',
    ]);
  });

  it("skips Excel's trailing all-empty lines", async () => {
    expect((await parse('a;b\n1;2\n;\n;;\n')).map((r) => r.fields)).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('flags a quote left open until the end of the file', async () => {
    const records = await parse('a,b\n"x,1\n2,3\n4,5\n');
    expect(records.at(-1)).toMatchObject({ row: 2, unterminatedQuote: true });
  });

  it('gives the same records whatever the chunk boundaries', async () => {
    const text = 'a,b\n"q,""x""",2\n3,4\n';
    const whole = await parse(text);
    const split = await parse(text.split(''));
    expect(split).toEqual(whole);
  });

  it.each([
    ['a,b,c', ','],
    ['a;b;c', ';'],
    ['a\tb', '\t'],
    ['single', ','],
  ])('detects the delimiter of %j', (header, expected) => {
    expect(detectDelimiter(header)).toBe(expected);
  });
});
