import { recordAudit } from '../audit/audit.repo.ts';
import type { Actor } from '../auth/actor.ts';
import type { Executor } from '../db/database.ts';
import { LOCKS, lockForTransaction } from '../db/locks.ts';
import { dayBefore } from '../shared/dates.ts';
import { AppError, notFound } from '../shared/errors.ts';
import { ParameterBook } from './parameter-book.ts';
import { rangesOverlap, requireSoundParameter } from './parameter-edit.rules.ts';
import {
  findParameter,
  insertParameter,
  listParameters,
  parametersOfCode,
  recordChange,
  type StoredParameter,
  updateParameterRow,
} from './parameters.repo.ts';
import type { RegulationParameter } from './parameters.rules.ts';

/** The parameter table as the pure engine reads it. */
export async function loadParameterBook(db: Executor): Promise<ParameterBook> {
  return new ParameterBook(await listParameters(db));
}

export interface EditContext {
  readonly actor: Actor;
  readonly reason: string;
}

/** Every step goes to the parameter's own change log and to the audit log, in the same transaction. */
async function logStep(
  trx: Executor,
  edit: EditContext,
  step: { parameterId: number; action: 'create' | 'update' | 'close'; before: unknown; after: unknown },
): Promise<void> {
  await recordChange(trx, { ...step, actor: edit.actor.label, reason: edit.reason });
  await recordAudit(trx, edit.actor, {
    action: `regulation.${step.action}`,
    entity: 'regulation_parameter',
    entityId: step.parameterId,
    before: step.before,
    after: step.after,
    reason: edit.reason,
  });
}

function conflict(code: string, other: StoredParameter): AppError {
  return new AppError(
    'PARAMETER_CONFLICT',
    {
      id: `Masa berlaku bertumpuk dengan baris ${code} ${other.effectiveFrom}–${other.effectiveTo ?? '…'} (id ${other.id}); ubah baris itu dulu.`,
      en: `Validity overlaps row ${code} ${other.effectiveFrom}–${other.effectiveTo ?? '…'} (id ${other.id}); change that row first.`,
    },
    { conflictsWith: other.id },
  );
}

const snapshot = (p: StoredParameter): Omit<StoredParameter, 'source'> => {
  const { source: _source, ...rest } = p;
  return rest;
};

/**
 * Adds a dated value (a new rate from a date, or a value the fact sheet calls unknown). An open-ended
 * row of the same code that starts earlier is closed the day before; any other overlap is refused.
 * History is never rewritten: the old row stays, with its end date, and both steps are logged.
 */
export async function addParameter(
  db: Executor,
  p: RegulationParameter,
  edit: EditContext,
): Promise<StoredParameter> {
  requireSoundParameter(p);
  return db.transaction().execute(async (trx) => {
    await lockForTransaction(trx, LOCKS.regulationParameters);
    const existing = await parametersOfCode(trx, p.code);
    const open = existing.find((e) => e.effectiveTo === null && e.effectiveFrom < p.effectiveFrom);
    if (open) {
      const closed = await updateParameterRow(trx, open.id, {
        ...open,
        effectiveTo: dayBefore(p.effectiveFrom),
      });
      await logStep(trx, edit, {
        parameterId: open.id,
        action: 'close',
        before: snapshot(open),
        after: snapshot(closed),
      });
    }
    for (const other of existing)
      if (other.id !== open?.id && rangesOverlap(other, p)) throw conflict(p.code, other);
    if (open && p.unit !== open.unit)
      throw new AppError('VALIDATION_FAILED', {
        id: `Satuan ${p.unit} berbeda dari baris sebelumnya (${open.unit})`,
        en: `Unit ${p.unit} differs from the earlier row (${open.unit})`,
      });
    const created = await insertParameter(trx, p);
    await logStep(trx, edit, {
      parameterId: created.id,
      action: 'create',
      before: null,
      after: snapshot(created),
    });
    return created;
  });
}

export type ParameterPatch = Partial<
  Pick<RegulationParameter, 'value' | 'effectiveTo' | 'legalBasis' | 'article' | 'confidence' | 'note'>
>;

/** Corrects a row (a mistyped value, a missing article, an end date) with the before/after logged. */
export async function updateParameter(
  db: Executor,
  id: number,
  patch: ParameterPatch,
  edit: EditContext,
): Promise<StoredParameter> {
  return db.transaction().execute(async (trx) => {
    await lockForTransaction(trx, LOCKS.regulationParameters);
    const before = await findParameter(trx, id);
    if (!before) throw notFound({ id: `Parameter ${id} tidak ditemukan`, en: `Parameter ${id} not found` });
    const next: RegulationParameter = { ...before, ...patch };
    requireSoundParameter(next);
    for (const other of await parametersOfCode(trx, before.code))
      if (other.id !== id && rangesOverlap(other, next)) throw conflict(before.code, other);
    const after = await updateParameterRow(trx, id, next);
    await logStep(trx, edit, {
      parameterId: id,
      action: 'update',
      before: snapshot(before),
      after: snapshot(after),
    });
    return after;
  });
}
