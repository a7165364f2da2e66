import type { Actor } from '../auth/actor.ts';
import type { Executor } from '../db/database.ts';
import { payerFacts, payerVisible } from './payer.access.ts';
import { type BulkOutcome, postPaymentsBulk } from './payments.bulk.ts';
import { payerNotFound } from './payments.errors.ts';
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
 * Who may post for which payer is checked here too, for the whole batch in one statement
 * ({@link payerFacts}), before its transaction: a post for a payer outside the actor's scope is
 * answered 404 alone. Per post that saves a round trip: in issue 8's profile of the HTTP load, the
 * server's thread spent most of its samples in the socket writes of its queries (a write wakes a
 * database process, which then takes one of the two cores).
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

  /** The posts whose payer their actor may see; the others are answered 404 here. */
  private async visibleOnly(batch: Pending[]): Promise<Pending[]> {
    let facts: Awaited<ReturnType<typeof payerFacts>>;
    try {
      facts = await payerFacts(
        this.db,
        batch.map((p) => p.input.payerKey),
      );
    } catch (error) {
      for (const p of batch) p.reject(error);
      return [];
    }
    return batch.filter((p) => {
      if (payerVisible(p.actor, facts.get(p.input.payerKey))) return true;
      p.reject(payerNotFound(p.input.payerKey));
      return false;
    });
  }

  private async run(posts: Pending[]): Promise<void> {
    const batch = await this.visibleOnly(posts);
    if (batch.length === 0) return;
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
