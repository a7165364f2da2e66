/** One CSV record with the 1-based line number where it starts (the header is line 1, as in Excel). */
export interface CsvRecord {
  readonly row: number;
  readonly fields: string[];
  /** The file ended inside a quoted field that opened in this record: the rest of the file is in it. */
  readonly unterminatedQuote?: true;
}

const DELIMITERS = [',', ';', '\t'] as const;

/** Picks the delimiter of the header line: Indonesian Excel writes `;`, most tools `,`. */
export function detectDelimiter(headerLine: string): string {
  let best: string = ',';
  let bestCount = 0;
  for (const delimiter of DELIMITERS) {
    const count = headerLine.split(delimiter).length - 1;
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return best;
}

async function* chunksOf(source: AsyncIterable<string | Uint8Array> | string): AsyncGenerator<string> {
  if (typeof source === 'string') {
    yield source;
    return;
  }
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of source)
    yield typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
  const tail = decoder.decode();
  if (tail) yield tail;
}

/**
 * Streams RFC 4180 records out of text chunks, so memory stays flat in the file size. Quoted fields may
 * hold delimiters, doubled quotes and line breaks; a quote inside an unquoted field is kept as a
 * character (official village names such as `Soka"an` contain one). Blank and all-empty lines are
 * skipped; a UTF-8 byte-order mark is dropped; a quote left open at the end of the file is flagged.
 */
export async function* parseCsv(
  source: AsyncIterable<string | Uint8Array> | string,
): AsyncGenerator<CsvRecord> {
  let delimiter: string | null = null;
  let fields: string[] = [];
  let field = '';
  let inQuotes = false;
  let quotedField = false;
  let line = 1;
  let recordStart = 1;
  let first = true;
  let pendingQuote = false;

  const endField = () => {
    fields.push(quotedField ? field : field.trim());
    field = '';
    quotedField = false;
  };
  const endRecord = (): CsvRecord | null => {
    endField();
    // Blank lines and Excel's trailing ";;;" lines carry nothing: skip them rather than report them.
    const record = fields.every((f) => f === '') ? null : { row: recordStart, fields };
    fields = [];
    return record;
  };

  for await (let chunk of chunksOf(source)) {
    if (first) {
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
      first = false;
    }
    if (delimiter === null) {
      const newline = chunk.indexOf('\n');
      delimiter = detectDelimiter(newline >= 0 ? chunk.slice(0, newline) : chunk);
    }
    for (let i = 0; i < chunk.length; i++) {
      const char = chunk[i] as string;
      if (pendingQuote) {
        pendingQuote = false;
        if (char === '"') {
          field += '"';
          continue;
        }
        inQuotes = false;
      }
      if (inQuotes) {
        if (char === '"') pendingQuote = true;
        else {
          if (char === '\n') line++;
          field += char;
        }
        continue;
      }
      if (char === '"' && field.trim() === '' && !quotedField) {
        inQuotes = true;
        quotedField = true;
        field = '';
      } else if (char === delimiter) {
        endField();
      } else if (char === '\n') {
        const record = endRecord();
        if (record) yield record;
        line++;
        recordStart = line;
      } else if (char !== '\r') {
        field += char;
      }
    }
  }
  if (inQuotes && !pendingQuote) {
    endField();
    yield { row: recordStart, fields, unterminatedQuote: true };
  } else if (field !== '' || fields.length > 0) {
    const record = endRecord();
    if (record) yield record;
  }
}
