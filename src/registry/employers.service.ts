import { sql } from 'kysely';
import { recordAudit } from '../audit/audit.repo.ts';
import type { Actor } from '../auth/actor.ts';
import { hasNationalScope, inScope } from '../auth/scope.ts';
import type { Executor } from '../db/database.ts';
import { findExistingCodes } from '../regions/regions.repo.ts';
import { checkNpp } from '../regulations/identifiers/kpj-npp.rules.ts';
import { dayBefore } from '../shared/dates.ts';
import { AppError, type Bilingual, validationFailed } from '../shared/errors.ts';
import { escapeLike } from '../shared/text.ts';
import { type EmployerRow, findEmployer, insertEmployer, insertEmployerStatus } from './registry.repo.ts';

export type EmployerStatus = 'active' | 'arrears' | 'closed';
export type SizeClass = 'micro' | 'small' | 'medium' | 'large';

export interface EmployerView {
  id: number;
  npp: string;
  name: string;
  kbli: string | null;
  jkkRiskGroup: number;
  sizeClass: SizeClass;
  villageCode: string;
  status: { status: EmployerStatus; validFrom: string; validTo: string | null }[];
  activeWorkers: number;
}

const employerNotFound = (id: number | string) =>
  new AppError('NOT_FOUND', { id: `Pemberi kerja ${id} tidak ditemukan`, en: `Employer ${id} not found` });

/** An employer is the business of the regions it sits in, and of its own account. */
const employerVisible = (actor: Actor, e: EmployerRow): boolean =>
  (actor.employerNpp !== null && actor.employerNpp === e.npp) ||
  (actor.role !== 'employer' && actor.role !== 'perisai_agent' && inScope(actor, e.village_code));

async function employerView(db: Executor, e: EmployerRow): Promise<EmployerView> {
  const status = await db
    .selectFrom('employer_status')
    .select(['status', 'valid_from', 'valid_to'])
    .where('employer_id', '=', e.id)
    .orderBy('valid_from')
    .execute();
  const workers = await db
    .selectFrom('membership')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('employer_id', '=', e.id)
    .where('segment', '=', 'PU')
    .where('valid_to', 'is', null)
    .executeTakeFirstOrThrow();
  return {
    id: e.id,
    npp: e.npp,
    name: e.name,
    kbli: e.kbli,
    jkkRiskGroup: e.jkk_risk_group,
    sizeClass: e.size_class,
    villageCode: e.village_code,
    status: status.map((s) => ({ status: s.status, validFrom: s.valid_from, validTo: s.valid_to })),
    activeWorkers: Number(workers.n),
  };
}

/** Employers visible to the actor whose NPP is `q` or whose name starts with it (at most 50). */
export async function findVisibleEmployers(db: Executor, actor: Actor, q: string): Promise<EmployerView[]> {
  const text = q.trim();
  const prefix = `${escapeLike(text.toLowerCase())}%`;
  const rows = await db
    .selectFrom('employer')
    .selectAll()
    .where((eb) => eb.or([eb('npp', '=', text), eb(sql`lower(name)`, 'like', prefix)]))
    .orderBy('name')
    .limit(200)
    .execute();
  const visible = rows.filter((e) => employerVisible(actor, e)).slice(0, 50);
  return Promise.all(visible.map((e) => employerView(db, e)));
}

export async function getEmployer(db: Executor, actor: Actor, id: number): Promise<EmployerView> {
  const employer = await findEmployer(db, id);
  if (!employer || !employerVisible(actor, employer)) throw employerNotFound(id);
  return employerView(db, employer);
}

export interface NewEmployer {
  npp: string;
  name: string;
  kbli?: string | null | undefined;
  jkkRiskGroup: number;
  sizeClass: SizeClass;
  villageCode: string;
  activeFrom: string;
}

/** Registers an employer (NPP checked, village inside the registrar's scope) as active from a date. */
export async function registerEmployer(
  db: Executor,
  actor: Actor,
  input: NewEmployer,
): Promise<EmployerView> {
  const problems: Bilingual[] = checkNpp(input.npp).errors.map((e) => e.message);
  const known = (await findExistingCodes(db, [input.villageCode])).has(input.villageCode);
  if (!known || !(hasNationalScope(actor) || inScope(actor, input.villageCode))) {
    problems.push({
      id: `Wilayah ${input.villageCode} tidak dikenal`,
      en: `Unknown region ${input.villageCode}`,
    });
  }
  if (problems.length > 0) throw validationFailed(problems);
  const taken = await db.selectFrom('employer').select('id').where('npp', '=', input.npp).executeTakeFirst();
  if (taken) {
    throw new AppError('CONFLICT', {
      id: `NPP ${input.npp} sudah terdaftar`,
      en: `NPP ${input.npp} is already registered`,
    });
  }
  const employer = await db.transaction().execute(async (trx) => {
    const row = await insertEmployer(trx, {
      npp: input.npp,
      name: input.name.trim(),
      kbli: input.kbli ?? null,
      jkk_risk_group: input.jkkRiskGroup,
      size_class: input.sizeClass,
      village_code: input.villageCode,
    });
    await insertEmployerStatus(trx, row.id, 'active', input.activeFrom);
    await recordAudit(trx, actor, {
      action: 'employer.create',
      entity: 'employer',
      entityId: row.id,
      regionCode: row.village_code,
      after: { npp: row.npp, name: row.name, jkkRiskGroup: row.jkk_risk_group, activeFrom: input.activeFrom },
    });
    return row;
  });
  return employerView(db, employer);
}

/**
 * A new status from a date: the open status ends the day before. Closing an employer ends the open
 * PU memberships of its workers on the same day (reason `employer_closed`), which is what the
 * coverage decomposition counts as closures.
 */
export async function changeEmployerStatus(
  db: Executor,
  actor: Actor,
  id: number,
  input: { status: EmployerStatus; from: string },
): Promise<EmployerView> {
  const employer = await findEmployer(db, id);
  if (!employer || !employerVisible(actor, employer) || actor.role === 'employer') throw employerNotFound(id);
  await db.transaction().execute(async (trx) => {
    const open = await trx
      .selectFrom('employer_status')
      .selectAll()
      .where('employer_id', '=', id)
      .where('valid_to', 'is', null)
      .forUpdate()
      .executeTakeFirst();
    if (open && input.from <= open.valid_from) {
      throw validationFailed([
        {
          id: `Status baru harus mulai setelah ${open.valid_from}`,
          en: `The new status must start after ${open.valid_from}`,
        },
      ]);
    }
    if (open?.status === 'closed') {
      throw validationFailed([{ id: 'Pemberi kerja sudah tutup', en: 'The employer is already closed' }]);
    }
    const lastDay = dayBefore(input.from);
    if (open) {
      await trx
        .updateTable('employer_status')
        .set({ valid_to: lastDay })
        .where('employer_id', '=', id)
        .where('valid_from', '=', open.valid_from)
        .execute();
    }
    await insertEmployerStatus(trx, id, input.status, input.from);
    let endedMemberships = 0;
    if (input.status === 'closed') {
      const ended = await trx
        .updateTable('membership')
        .set({ valid_to: lastDay, end_reason: 'employer_closed' })
        .where('employer_id', '=', id)
        .where('valid_to', 'is', null)
        .where('valid_from', '<=', lastDay)
        .returning('id')
        .execute();
      endedMemberships = ended.length;
    }
    await recordAudit(trx, actor, {
      action: 'employer.status',
      entity: 'employer',
      entityId: id,
      regionCode: employer.village_code,
      before: open ? { status: open.status, validFrom: open.valid_from } : null,
      after: { status: input.status, from: input.from, endedMemberships },
    });
  });
  return getEmployer(db, actor, id);
}
