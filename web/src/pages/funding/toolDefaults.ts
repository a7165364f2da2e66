import { currentMonth } from '../calculator/formValues.ts';

/** What the three tools start with: the region asked for (or the account's own) and this year. */
export interface ToolDefaults {
  region: string;
  from: string;
  to: string;
  year: number;
}

const REGION = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;

/**
 * `?region=15.03` wins; else an account holding one region (a regency government) starts there; the
 * period is January–December of the current year (the fiscal year a budget is planned for).
 */
export function toolDefaults(
  asked: string | null,
  regions: readonly { code: string }[] | undefined,
  month: string = currentMonth(),
): ToolDefaults {
  const own = regions?.length === 1 && regions[0]?.code !== '00' ? (regions[0]?.code ?? '') : '';
  const year = Number(month.slice(0, 4));
  return {
    region: asked && REGION.test(asked) ? asked : own,
    from: `${year}-01`,
    to: `${year}-12`,
    year,
  };
}

export const isRegionCode = (code: string) => REGION.test(code.trim());
