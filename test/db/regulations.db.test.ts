import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/auth/actor.ts';
import type { Database } from '../../src/db/database.ts';
import { listChanges, parametersOfCode } from '../../src/regulations/parameters.repo.ts';
import type { RegulationParameter } from '../../src/regulations/parameters.rules.ts';
import {
  addParameter,
  loadParameterBook,
  updateParameter,
} from '../../src/regulations/regulations.service.ts';
import { freshDatabase } from '../helpers/database.ts';

let database: Database;
beforeAll(async () => {
  database = await freshDatabase('base');
});
afterAll(() => database.close());

const row = (
  code: string,
  effectiveFrom: string,
  effectiveTo: string | null,
  value: number,
): RegulationParameter => ({
  code,
  effectiveFrom,
  effectiveTo,
  value,
  unit: 'rupiah',
  legalBasis: 'uji / test',
  article: null,
  confidence: 'L',
  note: null,
});
const edit = { actor: systemActor('uji'), reason: 'uji paralel' };

describe('regulation parameter edits', () => {
  it('the shipped seed is in the database and reads back as a book', async () => {
    const book = await loadParameterBook(database.db);
    expect(book.require('pu.jp.wage_cap', '2025-03-31').value).toBe(10_547_400);
    expect(book.find('pu.jp.wage_cap', '2016-05-31')).toBeNull();
  });

  /**
   * Several administrators enter overlapping values for the same code at once. Without the advisory lock
   * each transaction's overlap check would pass on the PostgreSQL server and both rows would land; with
   * it exactly one wins and the others get PARAMETER_CONFLICT. (On PGlite the single connection queues.)
   */
  it('parallel overlapping adds: exactly one commits, the rest are refused, nothing half-written', async () => {
    const results = await Promise.allSettled(
      [1, 2, 3, 4, 5, 6].map((n) =>
        addParameter(database.db, row('uji.parallel', '2024-01-01', '2024-12-31', n), edit),
      ),
    );
    const committed = results.filter((r) => r.status === 'fulfilled');
    const refused = results.filter((r) => r.status === 'rejected');
    expect(committed).toHaveLength(1);
    expect(refused.map((r) => (r as PromiseRejectedResult).reason.code)).toEqual(
      Array(5).fill('PARAMETER_CONFLICT'),
    );
    const rows = await parametersOfCode(database.db, 'uji.parallel');
    expect(rows).toHaveLength(1);
    const log = await listChanges(database.db, rows[0]?.id);
    expect(log.map((c) => c.action)).toEqual(['create']);
  });

  it('parallel supersessions of an open row keep one unbroken history', async () => {
    await addParameter(database.db, row('uji.chain', '2020-01-01', null, 1), edit);
    const results = await Promise.allSettled(
      ['2021-01-01', '2022-01-01', '2023-01-01'].map((from, i) =>
        addParameter(database.db, row('uji.chain', from, null, 10 + i), edit),
      ),
    );
    const rows = await parametersOfCode(database.db, 'uji.chain');
    // Whatever the order, the rows of the code never overlap and at most one is open.
    for (let i = 1; i < rows.length; i++)
      expect(
        (rows[i - 1] as RegulationParameter).effectiveTo! < (rows[i] as RegulationParameter).effectiveFrom,
      ).toBe(true);
    expect(rows.filter((r) => r.effectiveTo === null)).toHaveLength(1);
    expect(rows.length).toBe(1 + results.filter((r) => r.status === 'fulfilled').length);
  });

  it('a correction that would overlap is refused and leaves the row as it was', async () => {
    const [first] = await parametersOfCode(database.db, 'uji.chain');
    await expect(updateParameter(database.db, first!.id, { effectiveTo: null }, edit)).rejects.toMatchObject({
      code: 'PARAMETER_CONFLICT',
    });
    const [after] = await parametersOfCode(database.db, 'uji.chain');
    expect(after).toEqual(first);
  });
});
