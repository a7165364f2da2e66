import { recordAudit } from '../audit/audit.repo.ts';
import type { Actor } from '../auth/actor.ts';
import { requireRegion } from '../coverage/coverage.service.ts';
import type { Executor } from '../db/database.ts';
import { AppError } from '../shared/errors.ts';
import { listBases } from '../workforce/workforce.repo.ts';
import { deleteTarget, findTargets, upsertTargets } from './targets.repo.ts';
import type { Target } from './targets.rules.ts';

/** Sets (or replaces) one target edited by a user; the percentage has at most two decimals. */
export async function setTarget(
  db: Executor,
  actor: Actor,
  input: {
    regionCode: string;
    year: number;
    targetPct: number;
    basis: string | null;
    source: string;
    note: string | null;
  },
): Promise<Target> {
  await requireRegion(db, input.regionCode);
  if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2100) {
    throw new AppError('VALIDATION_FAILED', {
      id: 'Tahun target harus 2000–2100',
      en: 'Target year must be 2000–2100',
    });
  }
  const targetBp = Math.round(input.targetPct * 100);
  if (Math.abs(targetBp - input.targetPct * 100) > 1e-6 || targetBp < 0 || targetBp > 10_000) {
    throw new AppError('VALIDATION_FAILED', {
      id: 'Target harus 0–100 dengan paling banyak dua desimal',
      en: 'Target must be 0–100 with at most two decimals',
    });
  }
  if (input.basis !== null && !(await listBases(db)).some((b) => b.code === input.basis)) {
    throw new AppError('UNKNOWN_BASIS', {
      id: `Basis "${input.basis}" tidak dikenal`,
      en: `Unknown basis "${input.basis}"`,
    });
  }
  const target: Target = { ...input, targetBp };
  await db.transaction().execute(async (trx) => {
    const [before] = (await findTargets(trx, [input.regionCode])).filter(
      (t) => t.year === input.year && t.basis === input.basis,
    );
    await upsertTargets(trx, [target], null);
    await recordAudit(trx, actor, {
      action: 'target.set',
      entity: 'coverage_target',
      entityId: `${input.regionCode}/${input.year}/${input.basis ?? '-'}`,
      regionCode: input.regionCode,
      before: before ?? null,
      after: target,
    });
  });
  return target;
}

export async function removeTarget(
  db: Executor,
  actor: Actor,
  regionCode: string,
  year: number,
  basis: string | null,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const [before] = (await findTargets(trx, [regionCode])).filter(
      (t) => t.year === year && t.basis === basis,
    );
    if (!before || !(await deleteTarget(trx, regionCode, year, basis))) {
      throw new AppError('NOT_FOUND', {
        id: `Target ${regionCode} tahun ${year} tidak ditemukan`,
        en: `Target for ${regionCode} in ${year} not found`,
      });
    }
    await recordAudit(trx, actor, {
      action: 'target.delete',
      entity: 'coverage_target',
      entityId: `${regionCode}/${year}/${basis ?? '-'}`,
      regionCode,
      before,
    });
  });
}

export const listTargets = (db: Executor, regionCode: string): Promise<Target[]> =>
  findTargets(db, [regionCode]);
