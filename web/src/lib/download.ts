/** Saves text built in the browser as a file, without a round trip to the server. */
export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked a moment later: some browsers start the download only after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** One CSV field for Excel: quoted when it holds the separator, a quote or a line break. */
export function csvField(value: string | number | null | undefined, separator = ';'): string {
  const text = value === null || value === undefined ? '' : String(value);
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Rows as CSV the way Indonesian Excel opens it by double-click: `;` between fields (the decimal
 * comma rules out `,`), CRLF line ends, and a byte-order mark so UTF-8 text is not garbled.
 */
export function toExcelCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return `\uFEFF${rows.map((row) => row.map((v) => csvField(v)).join(';')).join('\r\n')}\r\n`;
}
