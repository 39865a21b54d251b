import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '../../../src/lib/tools/csv';

const cells = (text: string) => {
  const r = parseCsv(text);
  if (!r.ok) throw new Error(r.message);
  return r.records.map((rec) => rec.cells);
};

describe('toCsv', () => {
  it('starts with a byte-order mark, separates with commas, ends lines with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toBe('\uFEFFa,b\r\nc,d\r\n');
  });

  it('quotes cells holding separators, quotes, line breaks or edge spaces', () => {
    expect(toCsv([['a,b', 'say "hi"', 'two\nlines', ' pad', 'x;y']])).toBe(
      '\uFEFF"a,b","say ""hi""","two\nlines"," pad","x;y"\r\n',
    );
  });

  it('keeps a spreadsheet from running a cell as a formula', () => {
    expect(toCsv([['=1+1', '+381 11 123', '@SUM(A1)', '-x', "'=x"]])).toBe(
      "\uFEFF'=1+1,'+381 11 123,'@SUM(A1),'-x,''=x\r\n",
    );
  });
});

describe('parseCsv', () => {
  it('reads quoted cells with commas, doubled quotes and line breaks', () => {
    expect(cells('name,notes\r\n"Ministry, ICT","said ""yes""\nthen left"\r\n')).toEqual([
      ['name', 'notes'],
      ['Ministry, ICT', 'said "yes"\nthen left'],
    ]);
  });

  it('reads semicolons and tabs as separators when the first line uses them', () => {
    expect(cells('name;sector\nA;State bodies\n')).toEqual([
      ['name', 'sector'],
      ['A', 'State bodies'],
    ]);
    expect(cells('name\tsector\nA, B\tAcademia')).toEqual([
      ['name', 'sector'],
      ['A, B', 'Academia'],
    ]);
  });

  it('drops a byte-order mark, trims unquoted cells, skips blank lines but counts them as rows', () => {
    const r = parseCsv('\uFEFFname , sector\n\n  A  ,  Academia \r\n\r\n');
    expect(r).toEqual({
      ok: true,
      records: [
        { row: 1, cells: ['name', 'sector'] },
        { row: 3, cells: ['A', 'Academia'] },
      ],
    });
  });

  it('numbers rows as a spreadsheet does, one per record even when a cell spans lines', () => {
    const r = parseCsv('h\n"a\nb\nc"\nd\n');
    expect(r.ok && r.records.map((x) => x.row)).toEqual([1, 2, 3]);
  });

  it('names the line where an unclosed quote starts', () => {
    expect(parseCsv('a,b\nc,"d\ne,f\n')).toEqual({
      ok: false,
      message: 'A quoted cell that starts on line 2 is never closed: a double quote (") is missing.',
    });
  });

  it('takes off the apostrophe that guarded a formula, and only that one', () => {
    expect(cells("'=1+1,''=x,'plain")).toEqual([['=1+1', "'=x", "'plain"]]);
  });

  it('reads nothing from an empty file', () => {
    expect(parseCsv('')).toEqual({ ok: true, records: [] });
    expect(parseCsv('\uFEFF\r\n')).toEqual({ ok: true, records: [] });
  });
});

describe('toCsv then parseCsv (property)', () => {
  // Any text a reader might type, including quotes, separators, line breaks, emoji and formula starts.
  const cell = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 20 }),
    fc.constantFrom('', '"', ',', ';', '\t', '\n', '\r\n', ' x ', '=A1', "'=A1", "''+1", 'Ćevapi, "Š"'),
  );
  // A record of one empty cell is a blank line, which CSV cannot tell from no record: rows have two cells or more.
  const grid = fc.array(fc.array(cell, { minLength: 2, maxLength: 6 }), { minLength: 1, maxLength: 8 });

  it('gives back every cell unchanged', () => {
    fc.assert(
      fc.property(grid, (rows) => {
        expect(cells(toCsv(rows))).toEqual(rows);
      }),
      { numRuns: 800 },
    );
  });

  it('never throws on damaged input, and a failure always says what is wrong', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const r = parseCsv(text);
        if (!r.ok) expect(r.message).toMatch(/line \d+/);
      }),
      { numRuns: 500 },
    );
  });
});
