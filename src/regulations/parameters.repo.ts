import type { Executor } from '../db/database.ts';
import type { RegulationParameter } from './parameters.rules.ts';

export async function listParameters(db: Executor): Promise<RegulationParameter[]> {
  const rows = await db
    .selectFrom('regulation_parameter')
    .selectAll()
    .orderBy('code')
    .orderBy('effective_from')
    .execute();
  return rows.map((r) => ({
    code: r.code,
    effectiveFrom: r.effective_from,
    effectiveTo: r.effective_to,
    value: r.value,
    unit: r.unit,
    legalBasis: r.legal_basis,
    article: r.article,
    confidence: r.confidence,
    note: r.note,
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
    .values(
      parameters.map((p) => ({
        code: p.code,
        effective_from: p.effectiveFrom,
        effective_to: p.effectiveTo,
        value: p.value,
        unit: p.unit,
        legal_basis: p.legalBasis,
        article: p.article,
        confidence: p.confidence,
        note: p.note,
      })),
    )
    .onConflict((oc) => oc.columns(['code', 'effective_from']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0);
}
