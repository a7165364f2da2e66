/** `00` (Indonesia) or a dotted official code: `15`, `15.03`, `15.03.04`, `15.03.04.2001`. */
const REGION_CODE = /^(00|\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?)$/;

/**
 * Region codes typed as a list ("15.03, 16.71" — commas, semicolons or spaces). Returns the codes in
 * order without repeats, and the pieces that are not codes, so the form can name them.
 */
export function parseRegionCodes(text: string): { codes: string[]; invalid: string[] } {
  const pieces = text
    .split(/[\s,;]+/)
    .map((piece) => piece.trim())
    .filter(Boolean);
  const codes = [...new Set(pieces.filter((piece) => REGION_CODE.test(piece)))];
  return { codes, invalid: pieces.filter((piece) => !REGION_CODE.test(piece)) };
}

/** Appends a code to the typed list unless it is already there. */
export function addRegionCode(text: string, code: string): string {
  const { codes } = parseRegionCodes(text);
  if (codes.includes(code)) return text;
  const trimmed = text.trim().replace(/[,;]$/, '').trim();
  return trimmed ? `${trimmed}, ${code}` : code;
}
