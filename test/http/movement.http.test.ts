import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshQueuedCoverage } from '../../src/protection/protection.service.ts';
import type { RegionRow } from '../../src/regions/regions.repo.ts';
import { type TestApp, testAccount, testApp } from '../helpers/app.ts';
import { districtWithVillages } from '../helpers/factories.ts';
import {
  bill,
  closeEmployer,
  employerIn,
  endMembership,
  enrol,
  type Person,
} from '../helpers/protection-fixtures.ts';

/**
 * Nine people of one district of Sarolangun between January and June 2025, one of each kind of
 * movement, through the registry services and settled bills:
 *
 *   start (Jan) 7: stays, lapse-open, lapse-ended, closure, death, retirement, correction
 *   + 1 new (first paid in June) + 1 reactivation (paid Dec 2024, not Jan, again June)
 *   − 2 lapses − 1 employer closure − 1 death − 1 retirement − 1 other (correction)
 *   = end (Jun) 3: stays, new, reactivated            7 + 1 + 1 − 2 − 1 − 1 − 1 − 1 = 3
 */
let t: TestApp;
let district: RegionRow;
let village: string;

const movement = (code: string, from = '2025-01', to = '2025-06', headers?: Record<string, string>) =>
  t.app.inject({ method: 'GET', url: `/api/v1/coverage/${code}/movement?from=${from}&to=${to}`, headers });

beforeAll(async () => {
  t = await testApp('base');
  const db = t.database.db;
  ({ district } = await districtWithVillages(db, '15.03'));
  const villages = await districtWithVillages(db, '15.03');
  village = (villages.villages[0] as RegionRow).code;
  const paidJanAndJun = async (p: Person) => {
    await bill(db, p, '2025-01');
    await bill(db, p, '2025-06');
  };
  await paidJanAndJun(await enrol(db, village, '2024-06-01')); // stays
  await bill(db, await enrol(db, village, '2024-06-01'), '2025-01'); // lapse, membership still open
  const lapsedEnded = await enrol(db, village, '2024-06-01');
  await bill(db, lapsedEnded, '2025-01');
  await endMembership(db, lapsedEnded, '2025-04-30', 'lapsed');
  const employer = await employerIn(db, village);
  const worker = await enrol(db, village, '2024-06-01', employer);
  await bill(db, worker, '2025-01', '2025-02');
  await closeEmployer(db, employer, '2025-03-01'); // ends the PU membership on 28 Feb: closure
  for (const reason of ['death', 'retirement', 'correction'] as const) {
    const p = await enrol(db, village, '2024-06-01');
    await bill(db, p, '2025-01');
    await endMembership(db, p, '2025-03-10', reason);
  }
  await bill(db, await enrol(db, village, '2025-05-01'), '2025-06'); // new
  const back = await enrol(db, village, '2024-06-01');
  await bill(db, back, '2024-12');
  await bill(db, back, '2025-06'); // reactivation
  await refreshQueuedCoverage(db);
});
afterAll(() => t.close());

describe('GET /coverage/:code/movement', () => {
  it('decomposes the change so that start + Σ steps = end, exactly', async () => {
    for (const code of [village, district.code, '15.03', '15', '00']) {
      const response = await movement(code);
      expect(response.statusCode).toBe(200);
      const body = response.json();
      expect(body).toMatchObject({ regionCode: code, from: '2025-01', to: '2025-06', source: 'registry' });
      expect(body.startActive).toBe(7);
      expect(body.endActive).toBe(3);
      const values = Object.fromEntries(
        body.steps.map((s: { key: string; value: number }) => [s.key, s.value]),
      );
      expect(values).toEqual({
        new_enrolments: 1,
        reactivations: 1,
        lapses: -2,
        employer_closures: -1,
        exit_death: -1,
        exit_retirement: -1,
        exit_jht_claim: 0,
        exit_moved: 0,
        exit_resigned: 0,
        exit_project_ended: 0,
        exit_placement_ended: 0,
        exit_funding_ended: 0,
        other: -1,
      });
      const sum = body.steps.reduce((acc: number, s: { value: number }) => acc + s.value, 0);
      expect(body.startActive + sum).toBe(body.endActive);
      expect(body.steps[0]).toMatchObject({ labelId: 'Peserta baru', labelEn: 'New enrolments' });
    }
  });

  it('agrees with the coverage report of both months', async () => {
    const active = async (month: string) =>
      (await t.app.inject({ method: 'GET', url: `/api/v1/coverage/15.03?month=${month}` })).json().active;
    expect(await active('2025-01')).toBe(7);
    expect(await active('2025-06')).toBe(3);
  });

  it('says "none" for a region without registry data, and refuses months in the wrong order', async () => {
    expect((await movement('15.02')).json()).toMatchObject({ source: 'none', startActive: 0, endActive: 0 });
    const backwards = await movement('15.03', '2025-06', '2025-01');
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.code).toBe('VALIDATION_FAILED');
    expect((await movement('15.03', '2025-13', '2025-14')).statusCode).toBe(400);
  });

  it('needs coverage.detail inside the scope: outside it answers like a missing region', async () => {
    const regency = await testAccount(t.database, 'regency_gov', ['15.02']);
    const outside = await movement('15.03', '2025-01', '2025-06', regency.headers);
    expect(outside.statusCode).toBe(404);
    expect(outside.json().error.code).toBe('REGION_NOT_FOUND');
    const anonymous = await movement('15.03', '2025-01', '2025-06', { cookie: '' });
    expect(anonymous.statusCode).toBe(401);
  });
});
