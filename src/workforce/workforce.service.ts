import type { Executor } from '../db/database.ts';
import { type ImportOptions, type ImportReport, runImport } from '../imports/import.runner.ts';
import { AppError } from '../shared/errors.ts';
import { dateToMonth, type Month } from '../shared/month.ts';
import { workforceImport } from './workforce.import.ts';
import { findDatasetByKey, insertDataset, listBases } from './workforce.repo.ts';

export interface DatasetMeta {
  readonly key: string;
  readonly basis?: string | undefined;
  readonly name?: string | undefined;
  readonly referenceMonth?: Month | undefined;
  readonly source?: string | undefined;
  readonly isDemo?: boolean | undefined;
}

const DATASET_KEY = /^[a-z0-9][a-z0-9._-]{1,63}$/;

function conflict(id: string, en: string, details?: unknown): AppError {
  return new AppError('DATASET_CONFLICT', { id, en }, details);
}

/**
 * Imports one workforce dataset from CSV. A new dataset needs its basis, name, reference month and
 * source; an existing one may be re-imported (rows are upserts) but never moved to another basis or
 * reference month. The dataset itself is only created when the import commits.
 */
export async function importWorkforce(
  db: Executor,
  source: AsyncIterable<string | Uint8Array> | string,
  meta: DatasetMeta,
  options: ImportOptions,
): Promise<ImportReport> {
  if (!DATASET_KEY.test(meta.key)) {
    throw new AppError('VALIDATION_FAILED', {
      id: `Kunci dataset "${meta.key}" tidak valid (huruf kecil, angka, titik, garis; 2–64 karakter)`,
      en: `Dataset key "${meta.key}" is invalid (lowercase letters, digits, dot, dash; 2–64 characters)`,
    });
  }
  const existing = await findDatasetByKey(db, meta.key);
  let referenceMonth: Month;
  if (existing) {
    referenceMonth = dateToMonth(existing.reference_month);
    if (meta.basis && meta.basis !== existing.basis) {
      throw conflict(
        `Dataset ${meta.key} sudah ada dengan basis ${existing.basis}`,
        `Dataset ${meta.key} already exists with basis ${existing.basis}`,
      );
    }
    if (meta.referenceMonth && meta.referenceMonth !== referenceMonth) {
      throw conflict(
        `Dataset ${meta.key} sudah ada dengan bulan acuan ${referenceMonth}`,
        `Dataset ${meta.key} already exists with reference month ${referenceMonth}`,
      );
    }
  } else {
    const missing = (['basis', 'name', 'referenceMonth', 'source'] as const).filter((f) => !meta[f]);
    if (missing.length > 0) {
      throw new AppError(
        'VALIDATION_FAILED',
        {
          id: `Dataset baru ${meta.key} memerlukan: ${missing.join(', ')}`,
          en: `New dataset ${meta.key} needs: ${missing.join(', ')}`,
        },
        { missing },
      );
    }
    const bases = await listBases(db);
    if (!bases.some((b) => b.code === meta.basis)) {
      throw new AppError('UNKNOWN_BASIS', {
        id: `Basis "${meta.basis}" tidak dikenal; pilihan: ${bases.map((b) => b.code).join(', ')}`,
        en: `Unknown basis "${meta.basis}"; known: ${bases.map((b) => b.code).join(', ')}`,
      });
    }
    referenceMonth = meta.referenceMonth as Month;
  }
  const definition = workforceImport({
    referenceMonth,
    ensureDataset: async (trx) =>
      existing?.id ??
      insertDataset(trx, {
        key: meta.key,
        basis: meta.basis as string,
        name: meta.name as string,
        referenceMonth,
        source: meta.source as string,
        isDemo: meta.isDemo ?? false,
      }),
  });
  return runImport(db, definition, source, { ...options, source: options.source ?? meta.source ?? null });
}
