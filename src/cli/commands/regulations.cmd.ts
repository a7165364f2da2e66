import { listChanges, listParameters } from '../../regulations/parameters.repo.ts';
import type { RegulationParameter } from '../../regulations/parameters.rules.ts';
import { addParameter, updateParameter } from '../../regulations/regulations.service.ts';
import { type Command, type CommandContext, printJson, requireArg, stringFlag, UsageError } from '../cli.ts';
import { cliActor } from '../cli-actor.ts';
import { amountFlag } from '../number-flag.ts';

function requireReason(context: CommandContext): string {
  const reason = stringFlag(context.flags, 'reason');
  if (!reason || reason.trim().length < 3)
    throw new UsageError({
      id: '--reason wajib (dicatat di log perubahan)',
      en: '--reason is required (kept in the change log)',
    });
  return reason;
}

async function list(context: CommandContext): Promise<number> {
  const db = (await context.database()).db;
  const parameters = await listParameters(db, context.args[1]);
  if (context.json) printJson(context, { parameters, changes: await listChanges(db, undefined, 100) });
  else
    for (const p of parameters)
      context.print(
        `${String(p.id).padStart(4)} ${p.code.padEnd(40)} ${p.effectiveFrom}…${(p.effectiveTo ?? '').padEnd(10)} ${String(p.value).padStart(12)} ${p.unit.padEnd(7)} ${p.confidence} ${p.source.padEnd(8)} ${p.legalBasis}${p.article ? ` ${p.article}` : ''}`,
      );
  return 0;
}

async function add(context: CommandContext): Promise<number> {
  const f = context.flags;
  const row = {
    code: requireArg(context.args, 1, 'kode'),
    effectiveFrom: stringFlag(f, 'from') ?? '',
    effectiveTo: stringFlag(f, 'to') ?? null,
    value: amountFlag(f, 'value') as number,
    unit: (stringFlag(f, 'unit') ?? '') as RegulationParameter['unit'],
    legalBasis: stringFlag(f, 'basis') ?? '',
    article: stringFlag(f, 'article') ?? null,
    confidence: (stringFlag(f, 'confidence') ?? 'H') as RegulationParameter['confidence'],
    note: stringFlag(f, 'note') ?? null,
  };
  const created = await addParameter((await context.database()).db, row, {
    actor: cliActor(),
    reason: requireReason(context),
  });
  if (context.json) printJson(context, created);
  else
    context.print(
      `+ ${created.id} ${created.code} ${created.effectiveFrom}…${created.effectiveTo ?? ''} = ${created.value} ${created.unit}`,
    );
  return 0;
}

async function set(context: CommandContext): Promise<number> {
  const id = Number(requireArg(context.args, 1, 'id'));
  if (!Number.isInteger(id) || id < 1)
    throw new UsageError({ id: 'id harus bilangan bulat', en: 'id must be a whole number' });
  const f = context.flags;
  const patch = Object.fromEntries(
    Object.entries({
      value: amountFlag(f, 'value'),
      effectiveTo: f.to === 'open' ? null : stringFlag(f, 'to'),
      legalBasis: stringFlag(f, 'basis'),
      article: stringFlag(f, 'article'),
      confidence: stringFlag(f, 'confidence'),
      note: stringFlag(f, 'note'),
    }).filter(([, v]) => v !== undefined),
  );
  const updated = await updateParameter((await context.database()).db, id, patch, {
    actor: cliActor(),
    reason: requireReason(context),
  });
  if (context.json) printJson(context, updated);
  else
    context.print(
      `~ ${updated.id} ${updated.code} ${updated.effectiveFrom}…${updated.effectiveTo ?? ''} = ${updated.value} ${updated.unit}`,
    );
  return 0;
}

export const regulationsCommand: Command = {
  name: 'regulations',
  summary: {
    id: 'Tabel parameter regulasi: lihat, tambah nilai bertanggal, koreksi (tercatat)',
    en: 'Regulation parameter table: list, add a dated value, correct (logged)',
  },
  usage:
    'regulations list [awalan-kode] [--json]\n' +
    '       regulations add <kode> --from YYYY-MM-DD [--to YYYY-MM-DD] --value N --unit rupiah|bp|count|months|years|flag --basis TEXT [--article TEXT] [--confidence H|M|L] [--note TEXT] --reason TEXT\n' +
    '       regulations set <id> [--value N] [--to YYYY-MM-DD|open] [--basis TEXT] [--article TEXT] [--confidence H|M|L] [--note TEXT] --reason TEXT',
  valueFlags: ['from', 'to', 'value', 'unit', 'basis', 'article', 'confidence', 'note', 'reason'],
  async run(context) {
    const action = requireArg(context.args, 0, 'list|add|set');
    if (action === 'list') return list(context);
    if (action === 'add') return add(context);
    if (action === 'set') return set(context);
    throw new UsageError({ id: `Aksi tidak dikenal: ${action}`, en: `Unknown action: ${action}` });
  },
};
