import { today } from '../../http/clock.ts';
import { officialRegionCodes } from '../../regions/official-codes.ts';
import type { IdentifierProblem } from '../../regulations/identifiers/identifier-problem.ts';
import { checkKpj, checkNpp } from '../../regulations/identifiers/kpj-npp.rules.ts';
import { checkNik } from '../../regulations/identifiers/nik.rules.ts';
import type { Lang } from '../../shared/format.ts';
import { type Command, printJson, requireArg, stringFlag } from '../cli.ts';

function printProblems(
  print: (text: string) => void,
  valid: boolean,
  errors: IdentifierProblem[],
  lang: Lang,
) {
  print(valid ? (lang === 'id' ? 'SAH' : 'VALID') : lang === 'id' ? 'TIDAK SAH' : 'INVALID');
  for (const e of errors) print(`  ${e.code}: ${e.message[lang]}`);
}

/** `nik <NIK>`: exits 0 for a valid NIK and 1 for an invalid one, printing every problem either way. */
export const nikCommand: Command = {
  name: 'nik',
  summary: {
    id: 'Periksa NIK (wilayah, tanggal lahir, jenis kelamin, nomor urut)',
    en: 'Check a NIK (region, birth date, sex, serial)',
  },
  usage: 'nik <NIK> [--as-of YYYY-MM-DD] [--json]',
  valueFlags: ['as-of'],
  async run(context) {
    const nik = requireArg(context.args, 0, 'NIK');
    const asOf = stringFlag(context.flags, 'as-of') ?? today(context.clock);
    const check = checkNik(nik, await officialRegionCodes(), { asOf });
    if (context.json) printJson(context, check);
    else {
      printProblems(context.print, check.valid, check.errors, context.lang);
      if (check.valid)
        context.print(
          `  ${check.masked}  ${check.regionCodes?.district ?? ''}  ${check.sex ?? ''}  ${check.birthDate?.candidates.join(' / ') ?? ''}`,
        );
    }
    return check.valid ? 0 : 1;
  },
};

/** `kpj` and `npp`: format checks of the same shape, exit 0 when valid and 1 when not. */
function formatCheckCommand(
  name: 'kpj' | 'npp',
  summary: Command['summary'],
  check: (value: string) => { valid: boolean; errors: IdentifierProblem[] },
): Command {
  const label = name.toUpperCase();
  return {
    name,
    summary,
    usage: `${name} <${label}> [--json]`,
    async run(context) {
      const result = check(requireArg(context.args, 0, label));
      if (context.json) printJson(context, result);
      else printProblems(context.print, result.valid, result.errors, context.lang);
      return result.valid ? 0 : 1;
    },
  };
}

export const kpjCommand = formatCheckCommand(
  'kpj',
  { id: 'Periksa format nomor KPJ', en: 'Check a KPJ card number format' },
  checkKpj,
);

export const nppCommand = formatCheckCommand(
  'npp',
  { id: 'Periksa format nomor NPP pemberi kerja', en: 'Check an employer NPP format' },
  checkNpp,
);
