import { applyRate, type BasisPoints, type Rupiah, roundBpUnits } from '../../shared/money.ts';
import { both, pct, rp } from '../explain.ts';
import type { ParameterBook } from '../parameter-book.ts';
import type { RegulationParameter } from '../parameters.rules.ts';
import { assembleQuote, basisOf, flatLine, rateLine } from './contribution.lines.ts';
import type { ContributionInput, ContributionLine, ContributionQuote } from './contribution.types.ts';

interface Tier {
  readonly lower: number;
  readonly upper: number | null;
  readonly jkk: RegulationParameter;
  readonly jkm: RegulationParameter;
  readonly upperParam: RegulationParameter | null;
}

/** The marginal tiers in force: tier N runs from tier N−1's upper bound to its own (the last is open). */
function tiersOf(book: ParameterBook, asOf: string): Tier[] {
  const tiers: Tier[] = [];
  let lower = 0;
  for (let n = 1; ; n++) {
    const jkk = book.find(`jakon.tier${n}.jkk_rate`, asOf);
    if (!jkk) break;
    const upperParam = book.find(`jakon.tier${n}.upper`, asOf);
    tiers.push({
      lower,
      upper: upperParam?.value ?? null,
      jkk,
      jkm: book.require(`jakon.tier${n}.jkm_rate`, asOf),
      upperParam,
    });
    if (!upperParam) break;
    lower = upperParam.value;
  }
  if (tiers.length === 0) book.require('jakon.tier1.jkk_rate', asOf); // throws, naming the code
  return tiers;
}

/** One line over the tiers: each rate only on the part of the value inside its tier, rounded once. */
function tierLine(program: 'JKK' | 'JKM', value: number, tiers: Tier[]): ContributionLine {
  let bpUnits = 0;
  const parts: { part: number; rate: number }[] = [];
  for (const tier of tiers) {
    const top = tier.upper === null ? value : Math.min(value, tier.upper);
    const part = Math.max(0, top - tier.lower);
    if (part === 0) continue;
    const rate = (program === 'JKK' ? tier.jkk : tier.jkm).value;
    bpUnits += part * rate;
    parts.push({ part, rate });
  }
  const amount = roundBpUnits(bpUnits);
  const basis = tiers[0] ? basisOf(tiers[0].jkk) : '';
  return {
    ...flatLine({
      program,
      payer: 'employer',
      gross: amount,
      legalBasis: [basis],
      explanation: both(
        (lang) =>
          `${program}: ${parts.map((p) => `${pct(p.rate, lang)} × ${rp(p.part, lang)}`).join(' + ')} = ${rp(amount, lang)} (${lang === 'id' ? 'tarif bertingkat atas nilai kontrak' : 'marginal tiers on the contract value'} ${rp(value, lang)})`,
      ),
    }),
    base: value,
  };
}

/**
 * Construction projects: with a known wage JKK + JKM as percentages of it; otherwise marginal tiers on
 * the contract value before VAT. The contractor (employer) pays.
 */
export function quoteJakon(book: ParameterBook, asOf: string, input: ContributionInput): ContributionQuote {
  if (input.wage !== undefined) {
    const jkk = book.require('jakon.wage.jkk_rate', asOf);
    const jkm = book.require('jakon.wage.jkm_rate', asOf);
    const wage = input.wage as Rupiah;
    const lines = [jkk, jkm].map((param, i) =>
      rateLine({
        program: i === 0 ? 'JKK' : 'JKM',
        wage,
        cap: null,
        shares: [
          { payer: 'employer', rateBp: param.value, amount: applyRate(wage, param.value as BasisPoints) },
        ],
        legalBasis: [basisOf(param)],
      }),
    );
    return assembleQuote(input, asOf, lines, [], [], [jkk, jkm]);
  }
  const value = input.contractValue as number;
  const tiers = tiersOf(book, asOf);
  const lines = [tierLine('JKK', value, tiers), tierLine('JKM', value, tiers)];
  const used = tiers.flatMap((t) => [t.jkk, t.jkm, ...(t.upperParam ? [t.upperParam] : [])]);
  return assembleQuote(input, asOf, lines, [], [], used);
}
