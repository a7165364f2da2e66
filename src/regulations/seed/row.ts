import type { RegulationParameter } from '../parameters.rules.ts';

type Row = Omit<RegulationParameter, 'effectiveTo' | 'article' | 'note' | 'confidence'> &
  Partial<Pick<RegulationParameter, 'effectiveTo' | 'article' | 'note' | 'confidence'>>;

/** A seed row with the usual defaults (open-ended, high confidence), so the tables below stay readable. */
export const param = (row: Row): RegulationParameter => ({
  effectiveTo: null,
  article: null,
  note: null,
  confidence: 'H',
  ...row,
});
