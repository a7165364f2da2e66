import { recordAudit } from '../audit/audit.repo.ts';
import type { Actor } from '../auth/actor.ts';
import type { Executor } from '../db/database.ts';
import { LOCKS, lockForTransaction } from '../db/locks.ts';
import { AppError, validationFailed } from '../shared/errors.ts';
import { findProgram, type ProgramRow } from './funding.repo.ts';
import type { ProgramPatch, ProgramView } from './funding.schemas.ts';
import { requireProgram } from './funding.service.ts';
import { programView } from './program.view.ts';

/** draft → active → closed; a closed program is final (its money is spent or returned). */
const NEXT: Record<string, readonly string[]> = {
  draft: ['active', 'closed'],
  active: ['closed'],
  closed: [],
};

/**
 * Changes what may change after creation: name, texts, budget and status. Under the beneficiary-import
 * lock, so an import in flight and a budget cut cannot both pass: the budget never drops below what the
 * enrolled people hold (beneficiaries × the period's price) nor below what is billed. Closing a program
 * stops new enrolments; the people already enrolled keep their funded months to the end of the period,
 * which their share of the budget was reserved for.
 */
export async function updateProgram(
  db: Executor,
  actor: Actor,
  id: number,
  patch: ProgramPatch,
): Promise<ProgramView> {
  const row = await requireProgram(db, actor, id);
  if (patch.status !== undefined && patch.status !== row.status && !NEXT[row.status]?.includes(patch.status))
    throw new AppError('CONFLICT', {
      id: `Status program tidak dapat berubah dari ${row.status} ke ${patch.status}`,
      en: `A program's status cannot change from ${row.status} to ${patch.status}`,
    });
  await db.transaction().execute(async (trx) => {
    await lockForTransaction(trx, LOCKS.fundingEnrolment);
    if (patch.budget !== undefined) await checkBudget(trx, row, patch.budget);
    await trx
      .updateTable('funding_program')
      .set({
        ...(patch.name !== undefined ? { name: patch.name } : {}),
        ...(patch.budget !== undefined ? { budget: patch.budget } : {}),
        ...(patch.status !== undefined ? { status: patch.status } : {}),
        ...(patch.legalBasis !== undefined ? { legal_basis: patch.legalBasis } : {}),
        ...(patch.notes !== undefined ? { notes: patch.notes } : {}),
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .execute();
    await recordAudit(trx, actor, {
      action: 'funding.program.update',
      entity: 'funding_program',
      entityId: id,
      regionCode: row.region_code,
      before: { name: row.name, budget: Number(row.budget), status: row.status },
      after: patch,
    });
  });
  return programView(db, (await findProgram(db, id)) as ProgramRow);
}

async function checkBudget(trx: Executor, row: ProgramRow, budget: number): Promise<void> {
  const view = await programView(trx, row);
  const floor = Math.max(
    view.committed,
    view.beneficiaries * (view.costPerWorker ?? 0),
    view.costPerWorkerMonth ?? 1,
  );
  if (budget < floor)
    throw validationFailed([
      {
        id: `Anggaran tidak boleh kurang dari Rp${floor.toLocaleString('id-ID')} (penerima terdaftar untuk seluruh periode, yang sudah ditagih, atau satu pekerja-bulan)`,
        en: `The budget cannot be below Rp${floor.toLocaleString('en-US')} (enrolled beneficiaries for the whole period, what is billed, or one worker-month)`,
      },
    ]);
}
