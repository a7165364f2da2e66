import type { Actor } from '../auth/actor.ts';
import type { Executor } from '../db/database.ts';
import { type BulkOutcome, postPaymentsBulk } from './payments.bulk.ts';
import { type PaymentInput, type PostedDetail, postPaymentDetailed } from './payments.service.ts';

interface Pending {
  readonly actor: Actor;
  readonly input: PaymentInput;
  resolve(detail: PostedDetail): void;
  reject(error: unknown): void;
}

/**
 * Group commit for the HTTP route: posts that arrive in the same turn of the event loop share one
 * transaction and are posted together, in arrival order, by {@link postPaymentsBulk} — a constant
 * number of statements for the whole batch (the payers' locks in lock-key order, so two batches never
 * wait on each other in a cycle) — with exactly the answers of posting them one by one.
 *
 * At most `maxInFlight` batches run at once; posts arriving meanwhile wait and form the next, larger
 * batch. Without the limit, every turn of the event loop started its own tiny batch (≈ 3 posts
 * measured), and those transactions, competing with the per-request reads for the pool's
 * connections, each waited longer for a connection than they worked (≈ 50 ms a batch).
 *
 * An invalid post or a reused idempotency key (409) is answered alone without harming the batch. Any
 * other failure rolls the whole batch back and each post is then run alone, so every request still
 * gets exactly its own answer and nothing is half-written.
 */
export class PaymentBatcher {
  private queue: Pending[] = [];
  private scheduled = false;
  private inFlight = 0;

  constructor(
    private readonly db: Executor,
    private readonly maxBatch = 256,
    private readonly maxInFlight = 2,
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
    while (this.queue.length > 0 && this.inFlight < this.maxInFlight) {
      this.inFlight++;
      void this.run(this.queue.splice(0, this.maxBatch)).finally(() => {
        this.inFlight--;
        this.flush();
      });
    }
  }

  private alone(p: Pending): Promise<void> {
    return this.db
      .transaction()
      .execute((trx) => postPaymentDetailed(trx, p.actor, p.input))
      .then(p.resolve, p.reject);
  }

  private async run(batch: Pending[]): Promise<void> {
    if (batch.length === 1) return this.alone(batch[0] as Pending);
    let outcomes: BulkOutcome[];
    try {
      outcomes = await this.db.transaction().execute((trx) => postPaymentsBulk(trx, batch, null));
    } catch {
      await Promise.all(batch.map((p) => this.alone(p)));
      return;
    }
    outcomes.forEach((o, i) => {
      const p = batch[i] as Pending;
      if (o.ok) p.resolve(o.detail);
      else p.reject(o.error);
    });
  }
}
