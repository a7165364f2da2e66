import type { Segment } from '../db/schema.ts';

/** Participant segments: wage earners, informal workers, construction projects, migrant workers. */
export const SEGMENTS = ['PU', 'BPU', 'JAKON', 'PMI'] as const satisfies readonly Segment[];
export const UNSPECIFIED = 'UNSPECIFIED' as const satisfies Segment;

export const SEGMENT_LABELS: Record<Segment, { id: string; en: string }> = {
  PU: { id: 'Penerima upah (PU)', en: 'Wage earners (PU)' },
  BPU: { id: 'Bukan penerima upah (BPU)', en: 'Informal workers (BPU)' },
  JAKON: { id: 'Jasa konstruksi (Jakon)', en: 'Construction (Jakon)' },
  PMI: { id: 'Pekerja migran (PMI)', en: 'Migrant workers (PMI)' },
  UNSPECIFIED: { id: 'Tidak dirinci', en: 'Not broken down' },
};

/** Reads a segment from a file: the codes, lower case, or TOTAL/SEMUA for a figure not broken down. */
export function parseSegment(text: string): Segment | null {
  const upper = text.trim().toUpperCase();
  if ((SEGMENTS as readonly string[]).includes(upper)) return upper as Segment;
  if (['TOTAL', 'SEMUA', 'ALL', 'UNSPECIFIED', 'TIDAK DIRINCI'].includes(upper)) return UNSPECIFIED;
  return null;
}
