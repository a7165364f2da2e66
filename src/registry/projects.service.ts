import { type Expression, type SqlBool, sql } from 'kysely';
import type Type from 'typebox';
import { recordAudit } from '../audit/audit.repo.ts';
import type { Actor } from '../auth/actor.ts';
import { maskName, maskNik } from '../auth/personal-data.ts';
import { regionWithin } from '../auth/scope.sql.ts';
import { hasNationalScope, inScope } from '../auth/scope.ts';
import type { Executor } from '../db/database.ts';
import { findExistingCodes } from '../regions/regions.repo.ts';
import { AppError, type Bilingual, validationFailed } from '../shared/errors.ts';
import { escapeLike } from '../shared/text.ts';
import type { ProjectInputSchema, ProjectSummarySchema, ProjectViewSchema } from './projects.schemas.ts';
import { employerStatusOn } from './registry.repo.ts';
import { billsOfProject } from './registry-bills.repo.ts';

export type ProjectInput = Type.Static<typeof ProjectInputSchema>;
export type ProjectSummary = Type.Static<typeof ProjectSummarySchema>;
export type ProjectView = Type.Static<typeof ProjectViewSchema>;

const projectNotFound = (id: number) =>
  new AppError('NOT_FOUND', { id: `Proyek ${id} tidak ditemukan`, en: `Project ${id} not found` });

/** Projects with their contractor and the Jakon memberships valid on `today` (the active workers). */
const projectRows = (db: Executor, today: string) =>
  db
    .selectFrom('jakon_project as p')
    .innerJoin('employer as e', 'e.id', 'p.contractor_id')
    .select([
      'p.id',
      'p.project_number',
      'p.name',
      'p.contract_value',
      'p.starts_on',
      'p.ends_on',
      'p.village_code',
      'e.id as contractor_id',
      'e.npp as contractor_npp',
      'e.name as contractor_name',
    ])
    .select((eb) =>
      eb
        .selectFrom('membership as m')
        .whereRef('m.project_id', '=', 'p.id')
        .where('m.segment', '=', 'JAKON')
        .where('m.valid_from', '<=', today)
        .where((w) => w.or([w('m.valid_to', 'is', null), w('m.valid_to', '>=', today)]))
        .select((x) => x.fn.countAll<number>().as('n'))
        .as('active_workers'),
    );

type ProjectRow = Awaited<ReturnType<ProjectQuery['executeTakeFirstOrThrow']>>;

type ProjectQuery = ReturnType<typeof projectRows>;

/**
 * Who sees a project: like an employer (employers.service.ts) — the contractor's own account, or
 * offices and governments whose scope holds the project's village; Perisai agents none.
 */
const whereVisible = (query: ProjectQuery, actor: Actor): ProjectQuery =>
  query.where((eb) => {
    const visible: Expression<SqlBool>[] = [];
    if (actor.employerNpp !== null) visible.push(eb('e.npp', '=', actor.employerNpp));
    if (actor.role !== 'employer' && actor.role !== 'perisai_agent') {
      visible.push(regionWithin('p.village_code', actor.regions));
    }
    return visible.length === 0 ? eb.val(false) : eb.or(visible);
  });

const summary = (p: ProjectRow): ProjectSummary => ({
  id: p.id,
  projectNumber: p.project_number,
  name: p.name,
  contractor: { id: p.contractor_id, npp: p.contractor_npp, name: p.contractor_name },
  contractValue: Number(p.contract_value),
  startsOn: p.starts_on,
  endsOn: p.ends_on,
  villageCode: p.village_code,
  activeWorkers: Number(p.active_workers ?? 0),
});

/**
 * Visible projects whose number or name starts with `q` (any case), or whose contractor's NPP is `q`;
 * newest first, at most 50. No `q`: the newest visible ones.
 */
export async function findVisibleProjects(
  db: Executor,
  actor: Actor,
  q: string | undefined,
  today: string,
): Promise<ProjectSummary[]> {
  let query = whereVisible(projectRows(db, today), actor);
  const text = q?.trim() ?? '';
  if (text !== '') {
    const prefix = `${escapeLike(text.toLowerCase())}%`;
    query = query.where((eb) =>
      eb.or([
        eb(sql`lower(p.project_number)`, 'like', prefix),
        eb('e.npp', '=', text),
        eb(sql`lower(p.name)`, 'like', prefix),
      ]),
    );
  }
  const rows = await query.orderBy('p.starts_on', 'desc').orderBy('p.id', 'desc').limit(50).execute();
  return rows.map(summary);
}

/** One project with its Jakon workers (masked: NIK and name, UU PDP 27/2022) and its bills. */
export async function getProject(
  db: Executor,
  actor: Actor,
  id: number,
  today: string,
): Promise<ProjectView> {
  const row = await whereVisible(projectRows(db, today), actor).where('p.id', '=', id).executeTakeFirst();
  if (!row) throw projectNotFound(id);
  const workers = await db
    .selectFrom('membership as m')
    .innerJoin('participant as pt', 'pt.id', 'm.participant_id')
    .select(['m.id', 'm.valid_from', 'm.valid_to', 'pt.id as participant_id', 'pt.kpj', 'pt.nik', 'pt.name'])
    .where('m.project_id', '=', id)
    .where('m.segment', '=', 'JAKON')
    .orderBy('m.valid_to', (ob) => ob.desc().nullsFirst())
    .orderBy('pt.name')
    .limit(500)
    .execute();
  return {
    ...summary(row),
    workers: workers.map((w) => ({
      membershipId: w.id,
      participantId: w.participant_id,
      kpj: w.kpj,
      nik: maskNik(w.nik),
      name: maskName(w.name),
      validFrom: w.valid_from,
      validTo: w.valid_to,
    })),
    bills: await billsOfProject(db, id, today),
  };
}

/**
 * Registers a Jakon project: a unique project number, a contractor known by NPP (not closed when the
 * work starts), a contract of at least Rp1, an end on or after the start, a village inside the
 * registrar's scope. Audited as `project.create`.
 */
export async function registerProject(
  db: Executor,
  actor: Actor,
  input: ProjectInput,
  today: string,
): Promise<ProjectView> {
  const problems: Bilingual[] = [];
  if (input.endsOn < input.startsOn) {
    problems.push({
      id: 'Tanggal selesai sebelum tanggal mulai',
      en: 'The end date is before the start date',
    });
  }
  const known = (await findExistingCodes(db, [input.villageCode])).has(input.villageCode);
  if (!known || !(hasNationalScope(actor) || inScope(actor, input.villageCode))) {
    problems.push({
      id: `Wilayah ${input.villageCode} tidak dikenal`,
      en: `Unknown region ${input.villageCode}`,
    });
  }
  const contractor = await db
    .selectFrom('employer')
    .select(['id', 'npp'])
    .where('npp', '=', input.contractorNpp.trim())
    .executeTakeFirst();
  if (!contractor) {
    problems.push({
      id: `Kontraktor dengan NPP ${input.contractorNpp} tidak terdaftar`,
      en: `No contractor registered with NPP ${input.contractorNpp}`,
    });
  } else if ((await employerStatusOn(db, contractor.id, input.startsOn)) === 'closed') {
    problems.push({
      id: `Kontraktor ${contractor.npp} sudah tutup pada ${input.startsOn}`,
      en: `Contractor ${contractor.npp} is closed on ${input.startsOn}`,
    });
  }
  if (problems.length > 0 || !contractor) throw validationFailed(problems);
  const id = await db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('jakon_project')
      .values({
        project_number: input.projectNumber,
        name: input.name.trim(),
        contractor_id: contractor.id,
        contract_value: input.contractValue,
        starts_on: input.startsOn,
        ends_on: input.endsOn,
        village_code: input.villageCode,
      })
      .onConflict((oc) => oc.column('project_number').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!row) {
      throw new AppError('CONFLICT', {
        id: `Nomor proyek ${input.projectNumber} sudah terdaftar`,
        en: `Project number ${input.projectNumber} is already registered`,
      });
    }
    await recordAudit(trx, actor, {
      action: 'project.create',
      entity: 'jakon_project',
      entityId: row.id,
      regionCode: input.villageCode,
      after: { ...input, contractorId: contractor.id },
    });
    return row.id;
  });
  return getProject(db, actor, id, today);
}
