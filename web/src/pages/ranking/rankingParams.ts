import { levelOfCode } from '../../lib/regionLevel.ts';

/** Ranking page state from its query string: `?wilayah=15&tingkat=2&urut=asc&hal=2`. */
export const AREA_PARAM = 'wilayah';
export const LEVEL_PARAM = 'tingkat';
export const ORDER_PARAM = 'urut';
export const PAGE_PARAM = 'hal';

export const PAGE_SIZE = 100;
/** Villages are ranked in one request of at most this many rows (there are ~84 000 nationally). */
export const VILLAGE_LIMIT = 500;

const CODE_PATTERN = /^(00|\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?)$/;

export interface RankingState {
  area: string;
  areaLevel: number;
  level: number;
  order: 'desc' | 'asc';
  page: number;
  limit: number;
  offset: number;
}

export function readRankingState(params: URLSearchParams): RankingState {
  const raw = params.get(AREA_PARAM) ?? '00';
  let area = CODE_PATTERN.test(raw) ? raw : '00';
  // A village has nothing below it; rank it among its district's villages instead.
  if (levelOfCode(area) === 4) area = area.slice(0, area.lastIndexOf('.'));
  const areaLevel = levelOfCode(area);
  const requested = Number(params.get(LEVEL_PARAM));
  const level =
    Number.isInteger(requested) && requested > areaLevel && requested <= 4 ? requested : areaLevel + 1;
  const order = params.get(ORDER_PARAM) === 'asc' ? 'asc' : 'desc';
  const page = Math.max(1, Math.floor(Number(params.get(PAGE_PARAM))) || 1);
  const villages = level === 4;
  return {
    area,
    areaLevel,
    level,
    order,
    page: villages ? 1 : page,
    limit: villages ? VILLAGE_LIMIT : PAGE_SIZE,
    offset: villages ? 0 : (page - 1) * PAGE_SIZE,
  };
}
