import { systemActor } from '../../src/auth/actor.ts';
import type { Executor } from '../../src/db/database.ts';
import { postPayment } from '../../src/payments/payments.service.ts';

export interface TestBill {
  readonly payerKey: string;
  /** YYYY-MM */
  readonly month: string;
  readonly amount: number;
  readonly regionCode: string;
  readonly kind?: 'contribution' | 'fine';
  readonly segment?: 'PU' | 'BPU' | 'JAKON' | 'PMI';
  readonly payerKind?: 'employer' | 'self' | 'government' | 'csr' | 'group' | 'agent';
  readonly employerId?: number | null;
  readonly participantId?: number | null;
}

/**
 * Bills inserted directly (one bill run per call), for payment tests that must not depend on the billing
 * engine. Returns the bill ids in the order given.
 */
export async function insertBills(db: Executor, bills: readonly TestBill[]): Promise<number[]> {
  if (bills.length === 0) return [];
  const run = await db
    .insertInto('bill_run')
    .values({
      month: `${bills[0]?.month}-01`,
      as_of: `${bills[0]?.month}-01`,
      parameters: JSON.stringify([]),
      actor: 'test:bills',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const rows = await db
    .insertInto('bill')
    .values(
      bills.map((b) => ({
        run_id: run.id,
        month: `${b.month}-01`,
        kind: b.kind ?? 'contribution',
        segment: b.segment ?? 'BPU',
        payer_key: b.payerKey,
        payer_kind: b.payerKind ?? 'self',
        employer_id: b.employerId ?? null,
        project_id: null,
        participant_id: b.participantId ?? null,
        region_code: b.regionCode,
        amount: b.amount,
        due_on: `${b.month}-15`,
        settled_on: null,
      })),
    )
    .returning('id')
    .execute();
  return rows.map((r) => Number(r.id));
}

/** What the access matrix passes to a fixture. */
interface MatrixContext {
  readonly region: string;
  readonly n: number;
  readonly permitted: boolean;
}

/** A program payer with one open bill in `ctx.region` (owned by no agent or employer). */
export async function billedPayer(db: Executor, ctx: MatrixContext): Promise<string> {
  const payerKey = `program:government:matriks-${ctx.n}`;
  if (ctx.permitted)
    await insertBills(db, [{ payerKey, month: '2025-06', amount: 50_000, regionCode: ctx.region }]);
  return payerKey;
}

/** A payment of 10.000 posted by the system for a fresh payer in `ctx.region`; its id. */
export async function paidPayment(db: Executor, ctx: MatrixContext): Promise<number> {
  if (!ctx.permitted) return 999_999;
  const payerKey = await billedPayer(db, ctx);
  const result = await postPayment(db, systemActor('matrix-setup'), {
    idempotencyKey: `matriks-setup-${ctx.n}`,
    payerKey,
    amount: 10_000,
    paidOn: '2025-07-01',
  });
  return result.paymentId;
}
