import type { Bilingual } from '../shared/errors.ts';
import {
  BOTTOM,
  COLOR,
  type Ctx,
  EN_STYLE,
  lineHeight,
  PAGE,
  put,
  type TextStyle,
  wrap,
} from './proposal.pdf.layout.ts';

export interface Column {
  header: Bilingual;
  width: number;
  align?: 'left' | 'right';
}

/** A cell: its main text, an optional grey line beneath (the English), and how many lines each may take. */
export interface TableCell {
  text: string;
  sub?: string | null;
  style?: TextStyle;
  maxLines?: number;
}

const PAD_X = 4;
const PAD_Y = 3.5;
const CELL_STYLE: TextStyle = { size: 8.5 };
const SUB_STYLE: TextStyle = { ...EN_STYLE, size: 7 };
const HEADER_STYLE: TextStyle = { size: 8.5, bold: true };

interface Measured {
  height: number;
  draw: (y: number) => void;
}

/** Wraps every cell to its column (names longer than `maxLines` end in `…`) and measures the row. */
function measure(ctx: Ctx, columns: Column[], cells: TableCell[], fill: string | null): Measured {
  const { doc } = ctx;
  const laid = columns.map((column, index) => {
    const cell = cells[index] ?? { text: '' };
    const style = cell.style ?? CELL_STYLE;
    const width = column.width - 2 * PAD_X;
    const main = cell.text ? wrap(doc, style, cell.text, width, cell.maxLines ?? 2) : [];
    const sub = cell.sub ? wrap(doc, SUB_STYLE, cell.sub, width, cell.maxLines ?? 2) : [];
    return {
      column,
      style,
      main,
      sub,
      height: main.length * lineHeight(style) + sub.length * lineHeight(SUB_STYLE),
    };
  });
  const height = Math.max(...laid.map((cell) => cell.height)) + 2 * PAD_Y;
  const draw = (y: number) => {
    if (fill) doc.rect(PAGE.left, y, sum(columns), height).fill(fill);
    let x = PAGE.left;
    for (const cell of laid) {
      const inner = cell.column.width - 2 * PAD_X;
      const align = cell.column.align ?? 'left';
      cell.main.forEach((line, i) => {
        const lineY = y + PAD_Y + i * lineHeight(cell.style);
        put(doc, cell.style, line, x + PAD_X, lineY, { width: inner, align });
      });
      const subY = y + PAD_Y + cell.main.length * lineHeight(cell.style);
      cell.sub.forEach((line, i) => {
        put(doc, SUB_STYLE, line, x + PAD_X, subY + i * lineHeight(SUB_STYLE), { width: inner, align });
      });
      x += cell.column.width;
    }
  };
  return { height, draw };
}

const sum = (columns: Column[]) => columns.reduce((total, column) => total + column.width, 0);

function headerRow(ctx: Ctx, columns: Column[]): Measured {
  const cells = columns.map((column) => ({
    text: column.header.id,
    sub: column.header.en,
    style: HEADER_STYLE,
  }));
  return measure(ctx, columns, cells, COLOR.headerFill);
}

function line(ctx: Ctx, y: number, width: number, color: string): void {
  ctx.doc
    .moveTo(PAGE.left, y)
    .lineTo(PAGE.left + width, y)
    .lineWidth(0.6)
    .strokeColor(color)
    .stroke();
}

/**
 * A table that runs over as many pages as it needs: the header row repeats at the top of each page,
 * rows are never split, and the total row stays with the last row.
 */
export function table(ctx: Ctx, columns: Column[], rows: TableCell[][], total?: TableCell[]): void {
  const width = sum(columns);
  const totalRow = total
    ? measure(
        ctx,
        columns,
        total.map((cell) => ({ ...cell, style: { ...(cell.style ?? CELL_STYLE), bold: true } })),
        null,
      )
    : null;
  const header = headerRow(ctx, columns);
  const drawHeader = () => {
    header.draw(ctx.y);
    ctx.y += header.height;
  };
  // A header alone at the foot of a page is no use: it needs a row or two under it.
  if (ctx.y + header.height + 30 > BOTTOM) newPage(ctx);
  drawHeader();
  rows.forEach((cells, index) => {
    const row = measure(ctx, columns, cells, index % 2 === 1 ? COLOR.stripe : null);
    const keep = index === rows.length - 1 && totalRow ? totalRow.height : 0;
    if (ctx.y + row.height + keep > BOTTOM) {
      newPage(ctx);
      drawHeader();
    }
    row.draw(ctx.y);
    ctx.y += row.height;
  });
  if (totalRow) {
    if (ctx.y + totalRow.height > BOTTOM) {
      newPage(ctx);
      drawHeader();
    }
    line(ctx, ctx.y, width, COLOR.ink);
    totalRow.draw(ctx.y);
    ctx.y += totalRow.height;
  }
  line(ctx, ctx.y, width, COLOR.rule);
}

function newPage(ctx: Ctx): void {
  ctx.doc.addPage();
  ctx.y = PAGE.top;
}
