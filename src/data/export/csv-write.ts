// RFC 4180 output: CRLF line ends, and quotes only where a field needs them, so the file stays
// readable in a text editor and opens the same way in every spreadsheet.

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One record; a record of one empty field is quoted so that it is not read as a blank line. */
export function csvWrite(rows: readonly (readonly string[])[]): string {
  return rows
    .map((fields) =>
      fields.length === 1 && fields[0] === '' ? '""' : fields.map(csvField).join(','),
    )
    .map((line) => `${line}\r\n`)
    .join('');
}
