import { type RawBuilder, sql } from 'kysely';
import type { Actor } from '../auth/actor.ts';
import { commonAncestor, ownsRecord } from '../auth/scope.ts';
import type { Executor } from '../db/database.ts';
import { payerNotFound } from './payments.errors.ts';

interface PayerRecord {
  region: string | null;
  agent: string | null;
  npp: string | null;
}

/** The registry record behind `participant:<id>`, `employer:<id>`, `project:<id>`, `placement:<membership id>`. */
function recordQuery(payerKey: string): RawBuilder<unknown> {
  const match = /^(participant|employer|project|placement):([1-9]\d{0,9})$/.exec(payerKey);
  const id = match ? Number(match[2]) : 0;
  if (!match || id > 2_147_483_647) return sql`select null::json`;
  switch (match[1]) {
    case 'participant':
      return sql`select json_build_object('region', village_code, 'agent', agent_code) from participant where id = ${id}`;
    case 'employer':
      return sql`select json_build_object('region', village_code, 'npp', npp) from employer where id = ${id}`;
    case 'project':
      return sql`select json_build_object('region', village_code) from jakon_project where id = ${id}`;
    default:
      return sql`select json_build_object('region', p.village_code) from membership m
        join participant p on p.id = m.participant_id where m.id = ${id}`;
  }
}

/**
 * Whether the actor may post for, or see the payments of, a payer — answered like a missing record
 * when not (404), so a foreign payer cannot be told from an unknown one:
 * - a Perisai agent: only `participant:<id>` of a person it enrolled;
 * - an employer account: only `employer:<id>` of its own NPP;
 * - everyone else: the smallest region holding all the payer's bills (before its first bill, the
 *   region of its registry record) must lie inside the scope. A payer with neither is unknown.
 * One round trip: the record and the regions of the bills in one statement.
 */
export async function requirePayerVisible(db: Executor, actor: Actor, payerKey: string): Promise<void> {
  const result = await sql<{ record: PayerRecord | null; regions: string[] }>`
    select (${recordQuery(payerKey)}) as record,
      array(select distinct region_code from bill where payer_key = ${payerKey}) as regions`.execute(db);
  const row = result.rows[0];
  const record = row?.record ?? null;
  const regions = row?.regions ?? [];
  if (record === null && regions.length === 0) throw payerNotFound(payerKey);
  const regionCode = regions.length > 0 ? commonAncestor(regions) : (record?.region ?? null);
  const visible = ownsRecord(actor, {
    regionCode,
    agentCode: record?.agent ?? null,
    employerNpp: record?.npp ?? null,
  });
  if (!visible) throw payerNotFound(payerKey);
}
