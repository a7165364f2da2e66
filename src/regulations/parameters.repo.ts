import { sql } from 'kysely';
import type { Executor } from '../db/database.ts';
import type { RegulationParameterTable } from '../db/schema.ts';
import type { RegulationParameter } from './parameters.rules.ts';

export interface StoredParameter extends RegulationParameter {
  readonly id: number;
  readonly source: 'seed' | 'operator';
}

type Row = Omit<RegulationParameterTable, 'created_at' | 'id' | 'source'> & {
  id: number;
  source: 'seed' | 'operator';
};

const toParameter = (r: Row): StoredParameter => ({
  id: r.id,
  code: r.code,
  effectiveFrom: r.effective_from,
  effectiveTo: r.effective_to,
  value: r.value,
  unit: r.unit,
  legalBasis: r.legal_basis,
  article: r.article,
  confidence: r.confidence,
  note: r.note,
  source: r.source,
});

const toRow = (p: RegulationParameter) => ({
  code: p.code,
  effective_from: p.effectiveFrom,
  effective_to: p.effectiveTo,
  value: p.value,
  unit: p.unit,
  legal_basis: p.legalBasis,
  article: p.article,
  confidence: p.confidence,
  note: p.note,
});

const COLUMNS = [
  'id',
  'code',
  'effective_from',
  'effective_to',
  'value',
  'unit',
  'legal_basis',
  'article',
  'confidence',
  'note',
  'source',
] as const;

/** The whole table, history included, ordered by code and start date. */
export async function listParameters(db: Executor, codePrefix?: string): Promise<StoredParameter[]> {
  let query = db.selectFrom('regulation_parameter').select(COLUMNS);
  if (codePrefix) query = query.where(sql<boolean>`starts_with(code, ${codePrefix})`);
  const rows = await query.orderBy('code').orderBy('effective_from').execute();
  return rows.map(toParameter);
}

export async function findParameter(db: Executor, id: number): Promise<StoredParameter | null> {
  const row = await db
    .selectFrom('regulation_parameter')
    .select(COLUMNS)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toParameter(row) : null;
}

export async function parametersOfCode(db: Executor, code: string): Promise<StoredParameter[]> {
  const rows = await db
    .selectFrom('regulation_parameter')
    .select(COLUMNS)
    .where('code', '=', code)
    .orderBy('effective_from')
    .execute();
  return rows.map(toParameter);
}

export async function insertParameter(db: Executor, p: RegulationParameter): Promise<StoredParameter> {
  const row = await db
    .insertInto('regulation_parameter')
    .values({ ...toRow(p), source: 'operator' })
    .returning(COLUMNS)
    .executeTakeFirstOrThrow();
  return toParameter(row);
}

export async function updateParameterRow(
  db: Executor,
  id: number,
  p: RegulationParameter,
): Promise<StoredParameter> {
  const row = await db
    .updateTable('regulation_parameter')
    .set(toRow(p))
    .where('id', '=', id)
    .returning(COLUMNS)
    .executeTakeFirstOrThrow();
  return toParameter(row);
}

export interface ParameterChange {
  readonly id: string;
  readonly parameterId: number;
  readonly action: 'create' | 'update' | 'close';
  readonly actor: string;
  readonly reason: string;
  readonly before: unknown;
  readonly after: unknown;
  readonly changedAt: string;
}

export async function recordChange(
  db: Executor,
  change: Omit<ParameterChange, 'id' | 'changedAt'>,
): Promise<void> {
  await db
    .insertInto('regulation_parameter_change')
    .values({
      parameter_id: change.parameterId,
      action: change.action,
      actor: change.actor,
      reason: change.reason,
      before: change.before === null ? null : JSON.stringify(change.before),
      after: JSON.stringify(change.after),
    })
    .execute();
}

export async function listChanges(
  db: Executor,
  parameterId?: number,
  limit = 200,
): Promise<ParameterChange[]> {
  let query = db.selectFrom('regulation_parameter_change').selectAll();
  if (parameterId !== undefined) query = query.where('parameter_id', '=', parameterId);
  const rows = await query.orderBy('id', 'desc').limit(limit).execute();
  return rows.map((r) => ({
    id: String(r.id),
    parameterId: r.parameter_id,
    action: r.action,
    actor: r.actor,
    reason: r.reason,
    before: r.before,
    after: r.after,
    changedAt: new Date(r.changed_at).toISOString(),
  }));
}

/** Adds seed rows that are not there yet (matched on code and start date); edited rows are kept. */
export async function insertMissingParameters(
  db: Executor,
  parameters: readonly RegulationParameter[],
): Promise<number> {
  if (parameters.length === 0) return 0;
  const result = await db
    .insertInto('regulation_parameter')
    .values(parameters.map(toRow))
    .onConflict((oc) => oc.columns(['code', 'effective_from']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0);
}
