/**
 * CSV as spreadsheets write and read it (RFC 4180): quoted fields may hold
 * commas, quotes and line breaks. Reading accepts a byte-order mark, any line
 * ending, and the comma, semicolon or tab as separator (spreadsheets set to a
 * language that writes decimal commas save with semicolons). Pure.
 */

/** Cells a spreadsheet would run as a formula start with one of these. */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/**
 * A cell that would start a formula gets a leading apostrophe, which
 * spreadsheets show as text; reading takes exactly one off again, so the
 * round trip keeps every value.
 */
const guard = (cell: string) => (FORMULA_START.test(cell) ? `'${cell}` : cell);
const unguard = (cell: string) => (FORMULA_START.test(cell) && cell.startsWith("'") ? cell.slice(1) : cell);

function quote(cell: string): string {
  const safe = guard(cell);
  return /[",;\t\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows to CSV text: a byte-order mark (so spreadsheets read UTF-8), commas, CRLF line ends. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((r) => r.map(quote).join(',')).join('\r\n')}\r\n`;
}

export interface CsvRecord {
  /** The record's row as a spreadsheet numbers it: the first line of the file is row 1. */
  row: number;
  cells: string[];
}

export type CsvResult = { ok: true; records: CsvRecord[] } | { ok: false; message: string };

/** The separator the first line uses outside quotes: the commonest of , ; and tab. */
function separatorOf(text: string): string {
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch]! += 1;
  }
  return Object.entries(counts).reduce((best, e) => (e[1] > best[1] ? e : best), [',', 0])[0];
}

export function parseCsv(input: string): CsvResult {
  const text = input.replace(/^\uFEFF/, '');
  const sep = separatorOf(text);
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let wasQuoted = false;
  let line = 1;
  let quoteLine = 1;
  let row = 0;
  const endCell = () => {
    cells.push(wasQuoted ? unguard(cell) : unguard(cell.trim()));
    cell = '';
    wasQuoted = false;
  };
  const endRecord = () => {
    endCell();
    row++;
    // A blank line is a row in a spreadsheet too, but not a record.
    if (cells.length > 1 || cells[0] !== '') records.push({ row, cells });
    cells = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) line++;
        cell += ch;
      }
    } else if (ch === '"' && cell.trim() === '') {
      quoted = true;
      wasQuoted = true;
      quoteLine = line;
      cell = '';
    } else if (ch === sep) endCell();
    else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      line++;
      endRecord();
    } else cell += ch;
  }
  if (quoted) {
    return {
      ok: false,
      message: `A quoted cell that starts on line ${quoteLine} is never closed: a double quote (") is missing.`,
    };
  }
  endRecord();
  return { ok: true, records };
}
