import type { Actor } from '../auth/actor.ts';
import type { Executor } from '../db/database.ts';
import { AppError } from '../shared/errors.ts';
import { lockPayers } from './payments.repo.ts';
import { type PaymentInput, type PostedDetail, postPaymentDetailed } from './payments.service.ts';

interface Pending {
  readonly actor: Actor;
  readonly input: PaymentInput;
  resolve(detail: PostedDetail): void;
  reject(error: unknown): void;
}

type Outcome = { ok: true; detail: PostedDetail } | { ok: false; error: AppError };

/**
 * Group commit for the HTTP route: posts that arrive in the same turn of the event loop share one
 * transaction — one `begin`, one statement taking all their payer locks (in lock-key order, so two
 * batches never wait on each other in a cycle), one `commit` — instead of three round trips each.
 * Every post inside is the ordinary {@link postPaymentDetailed}, in arrival order.
 *
 * A reused idempotency key (409) is answered without harming the batch: it is found before that post
 * writes anything. Any other failure rolls the whole batch back and each post is then run alone, so
 * every request still gets exactly its own answer and nothing is half-written.
 */
export class PaymentBatcher {
  private queue: Pending[] = [];
  private scheduled = false;

  constructor(
    private readonly db: Executor,
    private readonly maxBatch = 64,
  ) {}

  post(actor: Actor, input: PaymentInput): Promise<PostedDetail> {
    return new Promise((resolve, reject) => {
      this.queue.push({ actor, input, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.scheduled = false;
    while (this.queue.length > 0) void this.run(this.queue.splice(0, this.maxBatch));
  }

  private alone(p: Pending): void {
    this.db
      .transaction()
      .execute((trx) => postPaymentDetailed(trx, p.actor, p.input))
      .then(p.resolve, p.reject);
  }

  private async run(batch: Pending[]): Promise<void> {
    if (batch.length === 1) return this.alone(batch[0] as Pending);
    let outcomes: Outcome[];
    try {
      outcomes = await this.db.transaction().execute(async (trx) => {
        await lockPayers(
          trx,
          batch.map((p) => p.input.payerKey),
        );
        const out: Outcome[] = [];
        for (const p of batch) {
          try {
            out.push({ ok: true, detail: await postPaymentDetailed(trx, p.actor, p.input, null, true) });
          } catch (error) {
            if (!(error instanceof AppError && error.code === 'IDEMPOTENCY_KEY_REUSED')) throw error;
            out.push({ ok: false, error });
          }
        }
        return out;
      });
    } catch {
      for (const p of batch) this.alone(p);
      return;
    }
    outcomes.forEach((o, i) => {
      const p = batch[i] as Pending;
      if (o.ok) p.resolve(o.detail);
      else p.reject(o.error);
    });
  }
}
