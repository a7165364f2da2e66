import type PDFDocument from 'pdfkit';
import type { Bilingual } from '../shared/errors.ts';

type Doc = typeof PDFDocument;

/** A4 portrait in points; the footer sits inside the bottom margin. */
export const PAGE = { width: 595.28, height: 841.89, left: 56, right: 56, top: 54, bottom: 70 } as const;
export const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
export const BOTTOM = PAGE.height - PAGE.bottom;

export const COLOR = {
  ink: '#1E1E1E',
  grey: '#6B6B6B',
  rule: '#D9D9D9',
  accent: '#1F5F3A',
  headerFill: '#E8F0E8',
  stripe: '#F6F7F6',
  noteFill: '#FFF8E6',
  noteRule: '#E3C77A',
} as const;

export interface TextStyle {
  size: number;
  bold?: boolean;
  italic?: boolean;
  color?: string;
}

/** Indonesian text and its English companion: the English one smaller and grey. */
export const ID_STYLE: TextStyle = { size: 9 };
export const EN_STYLE: TextStyle = { size: 7.5, color: COLOR.grey };

/** The page cursor: the document and the y where the next block starts. */
export interface Ctx {
  doc: Doc;
  y: number;
}

// Helvetica is one of the PDF standard fonts: Latin-1 plus a few typographic marks (WinAnsi). Anything
// else would print as a wrong glyph, so it is spelled out or reduced to its base letter.
const REPLACE: Record<string, string> = { '−': '-', '→': '->', '≥': '>=', '≤': '<=', '\u00A0': ' ' };
const WIN_ANSI_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';

/** Text the standard font can show: `−` becomes `-`, `ā` becomes `a`, anything else `?`. */
export function pdfSafe(text: string): string {
  return [...text.normalize('NFD')]
    .map((char) => {
      if (REPLACE[char] !== undefined) return REPLACE[char];
      const code = char.codePointAt(0)!;
      if (code >= 0x300 && code <= 0x36f) return '';
      return code < 256 || WIN_ANSI_EXTRA.includes(char) ? char : '?';
    })
    .join('')
    .normalize('NFC');
}

export function applyStyle(doc: Doc, style: TextStyle): Doc {
  const font = `Helvetica${style.bold ? '-Bold' : ''}${style.italic ? (style.bold ? 'Oblique' : '-Oblique') : ''}`;
  return doc
    .font(font)
    .fontSize(style.size)
    .fillColor(style.color ?? COLOR.ink);
}

export const lineHeight = (style: TextStyle): number => style.size * 1.25;

/** Cuts text to `width`, ending in `…`, so nothing runs out of its cell. */
export function truncate(doc: Doc, style: TextStyle, text: string, width: number): string {
  applyStyle(doc, style);
  if (doc.widthOfString(text) <= width) return text;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (doc.widthOfString(`${text.slice(0, mid).trimEnd()}…`) <= width) low = mid;
    else high = mid - 1;
  }
  return `${text.slice(0, low).trimEnd()}…`;
}

/** Greedy word wrap to `width`, at most `maxLines` lines (the last one truncated). */
export function wrap(doc: Doc, style: TextStyle, raw: string, width: number, maxLines = 50): string[] {
  const text = pdfSafe(raw);
  applyStyle(doc, style);
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (doc.widthOfString(candidate) <= width || !line) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  const kept = lines.slice(0, maxLines);
  if (lines.length > maxLines) kept[maxLines - 1] = `${kept[maxLines - 1]} ${lines[maxLines]}`;
  return kept.map((l) => truncate(doc, style, l, width));
}

/** One line of text at (x, y), never wrapped (so pdfkit never adds a page by itself). */
export function put(
  doc: Doc,
  style: TextStyle,
  text: string,
  x: number,
  y: number,
  options: { width?: number; align?: 'left' | 'right' | 'center' } = {},
): void {
  const width = options.width ?? CONTENT_WIDTH;
  const shown = truncate(doc, style, pdfSafe(text), width);
  const shift = width - doc.widthOfString(shown);
  const dx = options.align === 'right' ? shift : options.align === 'center' ? shift / 2 : 0;
  doc.text(shown, x + dx, y, { lineBreak: false });
}

/** Lines of one style from y; returns the height used. */
export function putLines(doc: Doc, style: TextStyle, lines: string[], x: number, y: number): number {
  lines.forEach((line, index) => {
    put(doc, style, line, x, y + index * lineHeight(style));
  });
  return lines.length * lineHeight(style);
}

/** Indonesian, then English beneath it when it says something else; wrapped to width. */
export function bilingualLines(doc: Doc, text: Bilingual, width: number, id = ID_STYLE, en = EN_STYLE) {
  const idLines = wrap(doc, id, text.id, width);
  const enLines = text.en && text.en !== text.id ? wrap(doc, en, text.en, width) : [];
  const height = idLines.length * lineHeight(id) + enLines.length * lineHeight(en);
  const draw = (x: number, y: number) => {
    const used = putLines(doc, id, idLines, x, y);
    putLines(doc, en, enLines, x, y + used);
  };
  return { height, draw };
}

/** Starts a new page when the next block would cross the bottom margin. */
export function ensure(ctx: Ctx, height: number): void {
  if (ctx.y + height <= BOTTOM) return;
  ctx.doc.addPage();
  ctx.y = PAGE.top;
}

export function rule(ctx: Ctx, y: number, color: string = COLOR.rule, width = 0.5): void {
  ctx.doc
    .moveTo(PAGE.left, y)
    .lineTo(PAGE.left + CONTENT_WIDTH, y)
    .lineWidth(width)
    .strokeColor(color)
    .stroke();
}

/** "2. Biaya" in the accent colour with "Cost" after it in grey, kept with the block that follows. */
export function heading(ctx: Ctx, title: Bilingual, keepWith = 60): void {
  ctx.y += 10;
  ensure(ctx, 24 + keepWith);
  const { doc } = ctx;
  const style: TextStyle = { size: 12, bold: true, color: COLOR.accent };
  put(doc, style, title.id, PAGE.left, ctx.y);
  const x = PAGE.left + doc.widthOfString(pdfSafe(title.id)) + 8;
  put(doc, { size: 9, color: COLOR.grey }, title.en, x, ctx.y + 2.5, {
    width: PAGE.left + CONTENT_WIDTH - x,
  });
  ctx.y += 17;
  rule(ctx, ctx.y, COLOR.accent, 0.8);
  ctx.y += 6;
}
