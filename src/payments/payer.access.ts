import { sql } from 'kysely';
import type { Actor } from '../auth/actor.ts';
import { commonAncestor, ownsRecord } from '../auth/scope.ts';
import type { Executor } from '../db/database.ts';
import { payerNotFound } from './payments.errors.ts';

interface PayerRecord {
  region: string | null;
  agent: string | null;
  npp: string | null;
}

/** What decides who may see a payer: its registry record and the regions of its bills. */
export interface PayerFacts {
  readonly record: PayerRecord | null;
  readonly regions: readonly string[];
}

const PAYER_KEY = /^(participant|employer|project|placement):([1-9]\d{0,9})$/;

/** `participant:<id>` → { kind, id }; null for a malformed key or an id beyond int4 (no record). */
function parsePayerKey(payerKey: string): { kind: string; id: number } | null {
  const match = PAYER_KEY.exec(payerKey);
  const id = match ? Number(match[2]) : 0;
  return match && id <= 2_147_483_647 ? { kind: match[1] as string, id } : null;
}

/**
 * The registry record behind `participant:<id>`, `employer:<id>`, `project:<id>`,
 * `placement:<membership id>` and the regions of the payer's bills, for many payers in one statement
 * (the HTTP batcher checks a whole batch at once: one round trip instead of one per post).
 */
export async function payerFacts(
  db: Executor,
  payerKeys: readonly string[],
): Promise<Map<string, PayerFacts>> {
  const keys = [...new Set(payerKeys)];
  const parsed = keys.map(parsePayerKey);
  const result = await sql<{ key: string; record: PayerRecord | null; regions: string[] }>`
    select k.key,
      case k.kind
        when 'participant' then (select json_build_object('region', village_code, 'agent', agent_code)
          from participant where id = k.id)
        when 'employer' then (select json_build_object('region', village_code, 'npp', npp)
          from employer where id = k.id)
        when 'project' then (select json_build_object('region', village_code) from jakon_project where id = k.id)
        when 'placement' then (select json_build_object('region', p.village_code) from membership m
          join participant p on p.id = m.participant_id where m.id = k.id)
      end as record,
      array(select distinct region_code from bill where payer_key = k.key) as regions
    from unnest(${keys}::text[], ${parsed.map((p) => p?.kind ?? null)}::text[],
                ${parsed.map((p) => p?.id ?? null)}::int[]) as k (key, kind, id)`.execute(db);
  return new Map(result.rows.map((r) => [r.key, { record: r.record ?? null, regions: r.regions ?? [] }]));
}

/**
 * Whether the actor may post for, or see the payments of, a payer — answered like a missing record
 * when not (404), so a foreign payer cannot be told from an unknown one:
 * - a Perisai agent: only `participant:<id>` of a person it enrolled;
 * - an employer account: only `employer:<id>` of its own NPP;
 * - everyone else: the smallest region holding all the payer's bills (before its first bill, the
 *   region of its registry record) must lie inside the scope. A payer with neither is unknown.
 */
export function payerVisible(actor: Actor, facts: PayerFacts | undefined): boolean {
  const record = facts?.record ?? null;
  const regions = facts?.regions ?? [];
  if (record === null && regions.length === 0) return false;
  const regionCode = regions.length > 0 ? commonAncestor(regions) : (record?.region ?? null);
  return ownsRecord(actor, {
    regionCode,
    agentCode: record?.agent ?? null,
    employerNpp: record?.npp ?? null,
  });
}

/** {@link payerVisible} for one payer, read in one round trip; throws 404 when not visible. */
export async function requirePayerVisible(db: Executor, actor: Actor, payerKey: string): Promise<void> {
  const facts = await payerFacts(db, [payerKey]);
  if (!payerVisible(actor, facts.get(payerKey))) throw payerNotFound(payerKey);
}
