import { runBilling } from '../../billing/billing.service.ts';
import { lapseUnpaidBpu } from '../../billing/lapse.service.ts';
import { today } from '../../http/clock.ts';
import { loadParameterBook } from '../../regulations/regulations.service.ts';
import { isIsoDate } from '../../shared/dates.ts';
import { formatRupiah } from '../../shared/format.ts';
import { type Command, printJson, requireArg, stringFlag, UsageError } from '../cli.ts';
import { cliActor } from '../cli-actor.ts';

export const billingCommand: Command = {
  name: 'billing',
  summary: {
    id: 'Tagihan bulanan iuran dan BPU yang berhenti karena menunggak',
    en: 'Monthly contribution billing and lapse of unpaid BPU memberships',
  },
  usage: 'billing run --month YYYY-MM [--json]\n       billing lapse --as-of YYYY-MM-DD [--json]',
  valueFlags: ['month', 'as-of'],
  async run(context) {
    const action = requireArg(context.args, 0, 'run|lapse');
    if (action === 'run') {
      const month = stringFlag(context.flags, 'month');
      if (!month)
        throw new UsageError({ id: '--month YYYY-MM wajib diisi', en: '--month YYYY-MM is required' });
      const db = (await context.database()).db;
      const result = await runBilling(db, await loadParameterBook(db), {
        month,
        actor: cliActor(),
        today: today(context.clock),
      });
      if (context.json) printJson(context, result);
      else {
        const en = context.lang === 'en';
        context.print(
          en
            ? `Run ${result.runId} for ${result.month}: ${result.bills} bills, ${result.lines} lines, ${formatRupiah(result.total, 'en')}; fines ${result.fines.bills} (${formatRupiah(result.fines.total, 'en')}); already billed ${result.alreadyBilled}; problems ${result.problemCount}; ${result.durationMs} ms`
            : `Proses ${result.runId} bulan ${result.month}: ${result.bills} tagihan, ${result.lines} baris, ${formatRupiah(result.total, 'id')}; denda ${result.fines.bills} (${formatRupiah(result.fines.total, 'id')}); sudah ditagih ${result.alreadyBilled}; masalah ${result.problemCount}; ${result.durationMs} ms`,
        );
        for (const p of result.problems)
          context.print(`  ${p.code} ${p.membershipId ?? ''} ${en ? p.message.en : p.message.id}`);
      }
      return 0;
    }
    if (action === 'lapse') {
      const asOf = stringFlag(context.flags, 'as-of') ?? today(context.clock);
      if (!isIsoDate(asOf))
        throw new UsageError({ id: '--as-of harus YYYY-MM-DD', en: '--as-of must be YYYY-MM-DD' });
      const db = (await context.database()).db;
      const result = await lapseUnpaidBpu(db, { asOf, actor: cliActor() });
      if (context.json) printJson(context, result);
      else {
        context.print(
          context.lang === 'en'
            ? `${result.lapsed.length} BPU memberships lapsed as of ${asOf}`
            : `${result.lapsed.length} kepesertaan BPU berhenti per ${asOf}`,
        );
        for (const l of result.lapsed)
          context.print(`  ${l.membershipId} → ${l.validTo} (${l.firstUnpaidMonth})`);
      }
      return 0;
    }
    throw new UsageError({ id: `Aksi tidak dikenal: ${action}`, en: `Unknown action: ${action}` });
  },
};
