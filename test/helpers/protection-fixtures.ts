import { systemActor } from '../../src/auth/actor.ts';
import type { Executor } from '../../src/db/database.ts';
import { protectBills, unprotectBills } from '../../src/protection/protection.service.ts';
import { changeEmployerStatus, registerEmployer } from '../../src/registry/employers.service.ts';
import { addMembershipTo, type EndReason, endMembershipOf } from '../../src/registry/memberships.service.ts';
import { enrolParticipant } from '../../src/registry/registry.service.ts';

/**
 * People, employers and paid bills for the protection tests. People and memberships go through the
 * registry services; bills, lines and payments are written directly (billing and payments are built
 * alongside), the way a settled bill looks: `paid = amount` and a payment allocation.
 */
export const ACTOR = systemActor('protection-test');

let serial = 0;

/** A NIK issued in Kec. Sarolangun (15.03.03) for a man born 2 Feb 1990 (form `150303 020290 nnnn`). */
const nextNik = () => `150303020290${String(++serial + 1000).padStart(4, '0')}`;

export interface Person {
  readonly id: number;
  readonly membershipId: number;
}

/** Enrols a person in `villageCode` with a self-paid BPU membership (or a PU one at `employerId`). */
export async function enrol(
  db: Executor,
  villageCode: string,
  validFrom: string,
  employerId?: number,
): Promise<Person> {
  const membership = employerId
    ? { segment: 'PU' as const, employerId, payerKind: 'employer' as const, programs: ['JKK', 'JKM', 'JHT'] }
    : {
        segment: 'BPU' as const,
        payerKind: 'self' as const,
        programs: ['JKK', 'JKM'],
        declaredIncome: 1_000_000,
      };
  const { participant } = await enrolParticipant(
    db,
    ACTOR,
    {
      nik: nextNik(),
      name: 'Peserta Uji',
      sex: 'M',
      birthDate: '1990-02-02',
      villageCode,
      membership: { ...membership, programs: membership.programs as never, validFrom },
    },
    '2026-01-15',
  );
  const last = participant.memberships.at(-1);
  if (!last) throw new Error('no membership');
  return { id: participant.id, membershipId: last.id };
}

/** A further membership of a known person (by id) through the registry. */
export async function addBpu(db: Executor, person: Person, validFrom: string): Promise<Person> {
  const view = await addMembershipTo(db, ACTOR, person.id, {
    segment: 'BPU',
    payerKind: 'self',
    programs: ['JKK', 'JKM'],
    declaredIncome: 1_000_000,
    validFrom,
  });
  const added = view.memberships.find((m) => m.segment === 'BPU' && m.validFrom === validFrom);
  if (!added) throw new Error('no BPU membership');
  return { id: person.id, membershipId: added.id };
}

let npp = 0;
export async function employerIn(db: Executor, villageCode: string): Promise<number> {
  const e = await registerEmployer(db, ACTOR, {
    npp: String(41_000_000 + ++npp),
    name: 'PT Uji Perlindungan',
    jkkRiskGroup: 2,
    sizeClass: 'small',
    villageCode,
    activeFrom: '2020-01-01',
  });
  return e.id;
}

export const closeEmployer = (db: Executor, id: number, from: string) =>
  changeEmployerStatus(db, ACTOR, id, { status: 'closed', from });

export const endMembership = (db: Executor, person: Person, validTo: string, reason: EndReason) =>
  endMembershipOf(db, ACTOR, person.membershipId, { validTo, reason });

let billKey = 0;

async function billRun(db: Executor): Promise<number> {
  const found = await db.selectFrom('bill_run').select('id').orderBy('id').executeTakeFirst();
  if (found) return found.id;
  const run = await db
    .insertInto('bill_run')
    .values({ month: '2025-01-01', as_of: '2025-01-01', parameters: JSON.stringify([]), actor: 'test' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return run.id;
}

/**
 * One bill of 16,800 per line for `person` covering `from`…`to` (months `YYYY-MM`), due the 15th of the
 * month after `from`. Unpaid unless `paid`; when paid, a payment and its allocation record it and
 * `protectBills` runs, as the payment posting does.
 */
export async function bill(
  db: Executor,
  person: Person,
  from: string,
  to = from,
  paid = true,
): Promise<number> {
  const participant = await db
    .selectFrom('participant')
    .select('village_code')
    .where('id', '=', person.id)
    .executeTakeFirstOrThrow();
  const amount = 16_800;
  const row = await db
    .insertInto('bill')
    .values({
      run_id: await billRun(db),
      month: `${from}-01`,
      kind: 'contribution',
      segment: 'BPU',
      payer_key: `test:${++billKey}`,
      payer_kind: 'self',
      participant_id: person.id,
      region_code: participant.village_code,
      amount,
      due_on: `${from}-15`,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('bill_line')
    .values({
      bill_id: row.id,
      membership_id: person.membershipId,
      participant_id: person.id,
      covers_from: `${from}-01`,
      covers_to: `${to}-01`,
      amount,
    })
    .execute();
  if (paid) await pay(db, row.id);
  return row.id;
}

/** Settles a bill in full and protects its months, in one transaction. */
export async function pay(db: Executor, billId: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const b = await trx
      .selectFrom('bill')
      .select(['amount', 'payer_key'])
      .where('id', '=', billId)
      .executeTakeFirstOrThrow();
    const payment = await trx
      .insertInto('payment')
      .values({
        idempotency_key: `test-pay-${billId}-${Math.random()}`,
        request_sha256: 'x',
        payer_key: b.payer_key,
        amount: b.amount,
        paid_on: '2025-01-10',
        actor: 'test',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('payment_allocation')
      .values({ payment_id: payment.id, bill_id: billId, amount: b.amount })
      .execute();
    await trx
      .updateTable('bill')
      .set({ paid: b.amount, settled_on: '2025-01-10' })
      .where('id', '=', billId)
      .execute();
    await protectBills(trx, [billId]);
  });
}

/** Reverses the payments of a bill (negative allocations) and unprotects it, in one transaction. */
export async function reverse(db: Executor, billId: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const allocations = await trx
      .selectFrom('payment_allocation')
      .select(['payment_id', 'amount'])
      .where('bill_id', '=', billId)
      .execute();
    for (const a of allocations) {
      await trx
        .insertInto('payment_allocation')
        .values({ payment_id: a.payment_id, bill_id: billId, amount: -a.amount })
        .execute();
    }
    await trx.updateTable('bill').set({ paid: 0, settled_on: null }).where('id', '=', billId).execute();
    await unprotectBills(trx, [billId]);
  });
}
