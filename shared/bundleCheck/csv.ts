// Reading back the CSVs a room writes (electron/services/exports/csv.ts): UTF-8 with a byte-order mark,
// RFC 4180 quoting (quotes doubled, line breaks inside quotes), CRLF between rows.

export class CsvError extends Error {}

/** Rows of fields; a final line break does not make an empty row. Throws CsvError on bad bytes or quoting. */
export function parseCsv(bytes: Uint8Array): string[][] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CsvError('not UTF-8');
  }
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endField = () => {
    row.push(field);
    field = '';
  };
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else field += c;
      i += 1;
      continue;
    }
    if (c === '"') {
      if (field !== '') throw new CsvError('quote inside a field');
      quoted = true;
    } else if (c === ',') endField();
    else if (c === '\r' || c === '\n') {
      endField();
      rows.push(row);
      row = [];
      if (c === '\r' && text[i + 1] === '\n') i += 1;
    } else field += c;
    i += 1;
  }
  if (quoted) throw new CsvError('unclosed quote');
  if (field !== '' || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}
