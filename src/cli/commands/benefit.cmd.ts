import { today } from '../../http/clock.ts';
import {
  BENEFIT_FIELDS,
  BENEFIT_KINDS,
  type BenefitInput,
  type BenefitQuote,
  quoteBenefit,
} from '../../regulations/benefits/benefit.quote.ts';
import { rp } from '../../regulations/explain.ts';
import type { Lang } from '../../shared/format.ts';
import { type Command, type CommandContext, type Flags, printJson, requireArg, stringFlag } from '../cli.ts';
import { amountFlag } from '../number-flag.ts';
import { parameterBookFor } from '../parameter-source.ts';
import { parameterLines } from './quote.cmd.ts';

/** `averageWage` → `average-wage`: every benefit field is a flag of the same name. */
export const flagOf = (field: string): string => field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

const FIELDS = BENEFIT_FIELDS.filter((f) => f.name !== 'benefit');

/**
 * `--children` as JSON (`[{"level":"smp","years":2}]`) or the short form `smp:2,sma` (level, optional
 * years left); anything else goes to the engine as text so its validator names the problem.
 */
function childrenFlag(text: string): unknown {
  if (text.trim().startsWith('[')) {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text.split(',').map((part) => {
    const [level, years] = part.trim().split(':');
    return years === undefined ? { level } : { level, years: /^\d+$/.test(years) ? Number(years) : years };
  });
}

function benefitInput(kind: string, flags: Flags, today: string): BenefitInput {
  const input: Record<string, unknown> = { benefit: kind, asOf: today };
  for (const field of FIELDS) {
    const flag = flagOf(field.name);
    if (field.kind === 'int') input[field.name] = amountFlag(flags, flag);
    else if (field.kind === 'json') {
      const text = stringFlag(flags, flag);
      input[field.name] = text === undefined ? undefined : childrenFlag(text);
    } else input[field.name] = stringFlag(flags, flag) ?? input[field.name];
  }
  for (const key of Object.keys(input)) if (input[key] === undefined) delete input[key];
  return input as unknown as BenefitInput;
}

export function describeBenefit(q: BenefitQuote, lang: Lang, explain: boolean): string {
  const t = (id: string, en: string) => (lang === 'id' ? id : en);
  const out = [
    `${q.benefit.toUpperCase()} — ${t('parameter per', 'parameters as of')} ${q.asOf} — ${q.eligible ? t('berhak', 'eligible') : t('TIDAK berhak', 'NOT eligible')}`,
    ...q.components.map((c) => `  ${c.label[lang].padEnd(40)} ${rp(c.amount, lang).padStart(16)}`),
    `  ${'Total'.padEnd(40)} ${rp(q.total, lang).padStart(16)}`,
  ];
  if (q.monthly !== undefined)
    out.push(`  ${t('Per bulan', 'Monthly').padEnd(40)} ${rp(q.monthly, lang).padStart(16)}`);
  if (q.pensionAge !== undefined) out.push(`  ${t('Usia pensiun', 'Pension age')}: ${q.pensionAge}`);
  for (const c of q.conditions) out.push(`  [${c.met ? 'x' : ' '}] ${c.explanation[lang]}`);
  if (explain) {
    out.push('', t('Penjelasan:', 'Explanation:'));
    for (const c of q.components) out.push(`  ${c.explanation[lang]}`);
    out.push(`  ${t('Pembulatan', 'Rounding')}: ${q.rounding[lang]}`);
    out.push(...parameterLines(q.parameters, lang));
  }
  for (const note of q.notes) out.push(`  ! ${note[lang]}`);
  return out.join('\n');
}

export const benefitCommand: Command = {
  name: 'benefit',
  summary: {
    id: 'Hitung manfaat (JKM, JKK, STMB, JKP, JP, beasiswa, JHT)',
    en: 'Calculate a benefit (JKM, JKK, STMB, JKP, JP, scholarship, JHT)',
  },
  usage: `benefit ${BENEFIT_KINDS.join('|')} ${FIELDS.map((f) => `[--${flagOf(f.name)}${f.values ? ` ${f.values.join('|')}` : ''}]`).join(' ')} [--explain] [--json] [--lang en]`,
  valueFlags: FIELDS.map((f) => flagOf(f.name)),
  booleanFlags: ['explain'],
  async run(context: CommandContext) {
    const kind = requireArg(context.args, 0, BENEFIT_KINDS.join('|'));
    const input = benefitInput(kind, context.flags, today(context.clock));
    const { book, source } = await parameterBookFor(context);
    const quote = quoteBenefit(book, input);
    if (context.json) printJson(context, { ...quote, parameterSource: source });
    else context.print(describeBenefit(quote, context.lang, context.flags.explain === true));
    return 0;
  },
};
