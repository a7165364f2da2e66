import { currentMonth } from '../../http/clock.ts';
import { quoteContribution } from '../../regulations/contributions/contribution.quote.ts';
import type {
  ContributionInput,
  ContributionQuote,
} from '../../regulations/contributions/contribution.types.ts';
import { defaultFineMonth, type FineQuote, quoteFine } from '../../regulations/contributions/fine.rules.ts';
import { rp } from '../../regulations/explain.ts';
import type { UsedParameter } from '../../regulations/parameter-book.ts';
import type { Lang } from '../../shared/format.ts';
import { type Command, type CommandContext, printJson, stringFlag } from '../cli.ts';
import { amountFlag, booleanFlag } from '../number-flag.ts';
import { parameterBookFor } from '../parameter-source.ts';

const t = (lang: Lang, id: string, en: string) => (lang === 'id' ? id : en);

/** The parameter rows a result read, one per line: code, value, validity, legal basis, confidence. */
export function parameterLines(parameters: UsedParameter[], lang: Lang): string[] {
  return parameters.map(
    (p) =>
      `    ${p.code} = ${p.value} ${p.unit} (${p.effectiveFrom}…${p.effectiveTo ?? ''}; ${p.legalBasis}${p.article ? ` ${p.article}` : ''}; ${t(lang, 'keyakinan', 'confidence')} ${p.confidence})`,
  );
}

/** A table a payroll clerk can read, and with --explain the arithmetic and legal basis of every line. */
export function describeContribution(q: ContributionQuote, lang: Lang, explain: boolean): string {
  const money = (n: number) => rp(n, lang).padStart(14);
  const head = `${t(lang, 'Program', 'Program').padEnd(8)}${t(lang, 'Pemberi kerja', 'Employer').padStart(14)}${t(lang, 'Pekerja', 'Worker').padStart(14)}${t(lang, 'Pemerintah', 'Government').padStart(14)}${t(lang, 'Pihak lain', 'Other').padStart(14)}${'Total'.padStart(14)}`;
  const rows = q.lines.map(
    (l) =>
      `${l.covers.join('+').padEnd(8)}${money(l.employer)}${money(l.worker)}${money(l.government)}${money(l.other)}${money(l.amount)}`,
  );
  const out = [
    `${q.segment.toUpperCase()} — ${q.month} (${t(lang, 'parameter per', 'parameters as of')} ${q.asOf})`,
    head,
    ...rows,
    `${'Total'.padEnd(8)}${money(q.totals.employer)}${money(q.totals.worker)}${money(q.totals.government)}${money(q.totals.other)}${money(q.total)}`,
  ];
  if (explain) {
    out.push('', t(lang, 'Penjelasan:', 'Explanation:'));
    for (const l of q.lines) out.push(`  ${l.explanation[lang]}  [${l.legalBasis.join('; ')}]`);
    for (const a of q.allocations)
      out.push(`  ${t(lang, 'Alokasi', 'Allocation')} ${a.from}→${a.to}: ${a.explanation[lang]}`);
    out.push(
      `  ${t(lang, 'Pembulatan', 'Rounding')}: ${q.rounding[lang]}`,
      `  ${t(lang, 'Parameter', 'Parameters')}:`,
    );
    out.push(...parameterLines(q.parameters, lang));
  }
  for (const note of q.notes) out.push(`  ! ${note[lang]}`);
  return out.join('\n');
}

function contributionInput(context: CommandContext): ContributionInput {
  const f = context.flags;
  const input: Record<string, unknown> = {
    segment: stringFlag(f, 'segment'),
    month: stringFlag(f, 'month'),
    wage: amountFlag(f, 'wage'),
    jkkGroup: amountFlag(f, 'jkk-group'),
    industry: stringFlag(f, 'industry'),
    workers: amountFlag(f, 'workers'),
    jkkArrears: booleanFlag(f, 'jkk-arrears'),
    income: amountFlag(f, 'income'),
    jht: booleanFlag(f, 'jht'),
    sector: stringFlag(f, 'sector'),
    payer: stringFlag(f, 'payer'),
    contractValue: amountFlag(f, 'contract-value'),
    stage: stringFlag(f, 'stage'),
    contractMonths: amountFlag(f, 'contract-months'),
    jhtAmount: amountFlag(f, 'jht-amount'),
  };
  for (const key of Object.keys(input)) if (input[key] === undefined) delete input[key];
  return input as unknown as ContributionInput;
}

export const contributionCommand: Command = {
  name: 'contribution',
  summary: { id: 'Hitung iuran satu pekerja-bulan', en: 'Quote one worker-month of contributions' },
  usage:
    'contribution --segment pu|bpu|jakon|pmi --month YYYY-MM [--wage N --jkk-group 1..5 --industry … --workers N --jkk-arrears]\n' +
    '       [--income N --jht --sector transport|other --payer self|employer|apbn|apbd|other] [--contract-value N]\n' +
    '       [--stage pre|placement --contract-months N --jht --jht-amount N] [--explain] [--json] [--lang en]',
  valueFlags: [
    'segment',
    'month',
    'wage',
    'jkk-group',
    'industry',
    'workers',
    'income',
    'sector',
    'payer',
    'contract-value',
    'stage',
    'contract-months',
    'jht-amount',
  ],
  booleanFlags: ['jht', 'jkk-arrears', 'explain'],
  async run(context) {
    const input = contributionInput(context);
    const { book, source } = await parameterBookFor(context);
    const quote = quoteContribution(book, input);
    if (context.json) printJson(context, { ...quote, parameterSource: source });
    else context.print(describeContribution(quote, context.lang, context.flags.explain === true));
    return 0;
  },
};

export function describeFine(q: FineQuote, lang: Lang, explain: boolean): string {
  const out = [`${t(lang, 'Denda', 'Fine')}: ${rp(q.total, lang)}`, `  ${q.explanation[lang]}`];
  if (explain) {
    for (const m of q.months) out.push(`  ${m.month}: ${m.rateBp / 100}%`);
    out.push(
      `  ${t(lang, 'Pembulatan', 'Rounding')}: ${q.rounding[lang]}`,
      ...parameterLines(q.parameters, lang),
    );
  }
  return out.join('\n');
}

export const fineCommand: Command = {
  name: 'fine',
  summary: { id: 'Denda keterlambatan iuran pemberi kerja', en: 'Employer late-payment fine' },
  usage:
    'fine --amount N --months-late N [--month YYYY-MM (bulan iuran / contribution month)] [--explain] [--json]',
  valueFlags: ['amount', 'months-late', 'month'],
  booleanFlags: ['explain'],
  async run(context) {
    const amount = amountFlag(context.flags, 'amount');
    const monthsLate = amountFlag(context.flags, 'months-late');
    const lateCount = typeof monthsLate === 'number' ? monthsLate : 0;
    const month =
      stringFlag(context.flags, 'month') ?? defaultFineMonth(currentMonth(context.clock), lateCount);
    const { book, source } = await parameterBookFor(context);
    const quote = quoteFine(book, {
      amount: amount as number,
      monthsLate: monthsLate as number,
      month,
    });
    if (context.json) printJson(context, { ...quote, parameterSource: source });
    else context.print(describeFine(quote, context.lang, context.flags.explain === true));
    return 0;
  },
};
