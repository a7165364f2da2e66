import { sql } from 'kysely';
import type { Actor } from '../auth/actor.ts';
import { regionWithin } from '../auth/scope.sql.ts';
import { hasNationalScope } from '../auth/scope.ts';
import type { Executor } from '../db/database.ts';
import { escapeLike } from '../shared/text.ts';

/** One write, as the audit log keeps it: who, what, on which record and region, before and after. */
export interface AuditEvent {
  readonly action: string;
  readonly entity: string;
  readonly entityId?: string | number | null;
  readonly regionCode?: string | null;
  readonly before?: unknown;
  readonly after?: unknown;
  readonly reason?: string | null;
}

/**
 * Appends one entry. Call it with the transaction that makes the change, so the change and its record
 * commit together or not at all. The table refuses UPDATE and DELETE (migration 003).
 */
export async function recordAudit(db: Executor, actor: Actor, event: AuditEvent): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      at: sql<Date>`now()`,
      actor_id: actor.userId,
      actor: actor.label,
      actor_role: actor.role,
      action: event.action,
      entity: event.entity,
      entity_id: event.entityId === undefined || event.entityId === null ? null : String(event.entityId),
      region_code: event.regionCode ?? null,
      before: event.before === undefined ? null : JSON.stringify(event.before),
      after: event.after === undefined ? null : JSON.stringify(event.after),
      reason: event.reason ?? null,
      ip: actor.ip,
    })
    .execute();
}

export interface AuditFilter {
  q?: string | undefined;
  action?: string | undefined;
  entity?: string | undefined;
  actor?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  limit: number;
  offset: number;
}

export interface AuditEntry {
  id: number;
  at: Date;
  actor: string;
  actorRole: string;
  action: string;
  entity: string;
  entityId: string | null;
  regionCode: string | null;
  before: unknown;
  after: unknown;
  reason: string | null;
  ip: string | null;
}

/**
 * Searches the log, newest first. An auditor with a regional scope sees the entries of regions inside
 * it; entries without a region (accounts, regulations) are national and need national scope.
 */
export async function searchAudit(
  db: Executor,
  viewer: Actor,
  filter: AuditFilter,
): Promise<{ entries: AuditEntry[]; total: number }> {
  let query = db.selectFrom('audit_log');
  // National entries (accounts, regulations) carry no region: only national scope sees them.
  if (!hasNationalScope(viewer)) query = query.where(regionWithin('region_code', viewer.regions));
  if (filter.action) query = query.where('action', '=', filter.action);
  if (filter.entity) query = query.where('entity', '=', filter.entity);
  if (filter.actor) query = query.where(sql`lower(actor)`, '=', filter.actor.toLowerCase());
  if (filter.from)
    query = query.where('at', '>=', sql<Date>`(${filter.from}::date)::timestamp at time zone 'Asia/Jakarta'`);
  if (filter.to)
    query = query.where(
      'at',
      '<',
      sql<Date>`(${filter.to}::date + 1)::timestamp at time zone 'Asia/Jakarta'`,
    );
  if (filter.q) {
    const like = `%${escapeLike(filter.q.toLowerCase())}%`;
    query = query.where((eb) =>
      eb.or([
        eb(sql`lower(actor)`, 'like', like),
        eb(sql`lower(action)`, 'like', like),
        eb(sql`lower(coalesce(entity_id, ''))`, 'like', like),
        eb(sql`lower(coalesce(reason, ''))`, 'like', like),
        eb(sql`lower(coalesce(after::text, '') || coalesce(before::text, ''))`, 'like', like),
      ]),
    );
  }
  const [rows, count] = await Promise.all([
    query
      .select([
        'id',
        'at',
        'actor',
        'actor_role as actorRole',
        'action',
        'entity',
        'entity_id as entityId',
        'region_code as regionCode',
        'before',
        'after',
        'reason',
        'ip',
      ])
      .orderBy('at', 'desc')
      .orderBy('id', 'desc')
      .limit(filter.limit)
      .offset(filter.offset)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { entries: rows.map((r) => ({ ...r, id: Number(r.id) })), total: Number(count.n) };
}
