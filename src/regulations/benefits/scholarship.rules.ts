import { multiply, rupiah } from '../../shared/money.ts';
import { both, rp } from '../explain.ts';
import { type BenefitDraft, basis, invalidInput, need } from './benefit.draft.ts';
import { scholarshipCause } from './benefit.input.ts';
import {
  type BenefitInput,
  type BenefitQuote,
  SCHOLARSHIP_LEVELS,
  type ScholarshipChild,
} from './benefit.types.ts';

const LEVEL_NAMES = {
  'tk-sd': { id: 'TK–SD', en: 'kindergarten–primary' },
  smp: { id: 'SMP', en: 'junior secondary' },
  sma: { id: 'SMA', en: 'senior secondary' },
  university: { id: 'perguruan tinggi', en: 'higher education' },
} as const;

/**
 * Children's scholarship (PP 44/2015 jo. PP 82/2019): at most 2 children, a yearly amount per level
 * for at most the level's years, capped per child. A JKM death needs ≥ 36 contribution months; a JKK
 * death or total disability has no minimum. Each child is paid from the level it is at (the given
 * `years` left there, default the level's maximum) through higher education — the most the child can
 * receive by staying in school. Flat amounts × whole years: no rounding.
 *
 * @example one child from TK: 8 × 1,5 jt + 3 × 2 jt + 3 × 3 jt + 5 × 12 jt = 87.000.000
 */
export function quoteScholarship(d: BenefitDraft, input: BenefitInput): BenefitQuote {
  const maxChildren = d.value('scholarship.max_children');
  const children = input.children ?? defaultChildren(d, maxChildren);
  const cause = scholarshipCause(input);
  if (input.cause === undefined)
    d.note({
      id: `Sebab tidak diisi: dianggap ${cause === 'jkk' ? 'kecelakaan kerja (ada tanggal kecelakaan)' : 'kematian bukan kecelakaan kerja (JKM)'}; pakai --cause jkm|jkk.`,
      en: `No cause given: taken as ${cause === 'jkk' ? 'a work accident (an accident date was given)' : 'a death outside work (JKM)'}; use --cause jkm|jkk.`,
    });
  if (cause === 'jkm') {
    const min = d.row('scholarship.jkm_min_contribution_months');
    const months = need(input.contributionMonths, 'contributionMonths');
    d.check(
      'scholarship.jkm_min_contribution_months',
      months >= min.value,
      both((l) =>
        l === 'id'
          ? `Beasiswa JKM perlu masa iur ≥ ${min.value} bulan; masa iur ${months} bulan (${basis(min)})`
          : `A JKM scholarship needs ≥ ${min.value} contribution months; given ${months} (${basis(min)})`,
      ),
    );
  } else
    d.note({
      id: 'Sebab kecelakaan kerja (meninggal atau cacat total tetap): tanpa masa iur minimum.',
      en: 'Work accident (death or total permanent disability): no minimum contribution period.',
    });
  const cap = d.row('scholarship.max_per_child');
  children.slice(0, maxChildren).forEach((child, i) => {
    childComponent(d, child, i + 1, cap.value);
  });
  if (children.length > maxChildren)
    d.note({
      id: `Paling banyak ${maxChildren} anak; ${children.length - maxChildren} anak terakhir tidak dihitung.`,
      en: `At most ${maxChildren} children; the last ${children.length - maxChildren} are not counted.`,
    });
  d.note({
    id: 'Dibayar per tahun selama anak bersekolah; jumlah ini adalah paling banyak yang dapat diterima.',
    en: 'Paid yearly while the child is in school; this is the most the child can receive.',
  });
  return d.finish();
}

/** No children given: the most the benefit can pay — the maximum number of children, from TK–SD. */
function defaultChildren(d: BenefitDraft, maxChildren: number): ScholarshipChild[] {
  d.note({
    id: `Anak tidak diisi: dihitung batas atas, ${maxChildren} anak mulai TK–SD (pakai --children, mis. smp:2,sma).`,
    en: `No children given: the upper bound is shown, ${maxChildren} children from kindergarten (use --children, e.g. smp:2,sma).`,
  });
  return Array.from({ length: maxChildren }, () => ({ level: 'tk-sd' as const }));
}

function childComponent(d: BenefitDraft, child: ScholarshipChild, n: number, cap: number): void {
  const start = SCHOLARSHIP_LEVELS.indexOf(child.level);
  const parts: { id: string[]; en: string[] } = { id: [], en: [] };
  let sum = 0;
  for (const level of SCHOLARSHIP_LEVELS.slice(start)) {
    const amount = d.row(`scholarship.${level}.amount`);
    const maxYears = d.value(`scholarship.${level}.years`);
    const years = level === child.level ? (child.years ?? maxYears) : maxYears;
    if (years > maxYears)
      throw invalidInput(`children[${n - 1}].years`, {
        id: `anak ke-${n}: ${LEVEL_NAMES[level].id} paling lama ${maxYears} tahun, bukan ${years}`,
        en: `child ${n}: ${LEVEL_NAMES[level].en} lasts at most ${maxYears} years, not ${years}`,
      });
    const line = multiply(rupiah(amount.value), years);
    sum += line;
    parts.id.push(`${LEVEL_NAMES[level].id} ${years} × ${rp(amount.value, 'id')}`);
    parts.en.push(`${LEVEL_NAMES[level].en} ${years} × ${rp(amount.value, 'en')}`);
  }
  const paid = Math.min(sum, cap);
  const capped = (l: 'id' | 'en') =>
    sum > cap ? (l === 'id' ? `, dibatasi ${rp(cap, l)} per anak` : `, capped at ${rp(cap, l)} a child`) : '';
  d.add(
    `scholarship.child${n}`,
    { id: `Beasiswa anak ke-${n}`, en: `Scholarship, child ${n}` },
    paid,
    both(
      (l) =>
        `${parts[l].join(' + ')} = ${rp(sum, l)}${capped(l)} → ${rp(paid, l)} (PP 44/2015 jo. PP 82/2019)`,
    ),
  );
}
