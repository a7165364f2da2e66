import Type from 'typebox';
import { MonthText, StringEnum } from '../shared/schemas.ts';
import { MOVEMENT_STEPS } from './movement.rules.ts';

export const MovementQuery = Type.Object({ from: MonthText, to: MonthText }, { additionalProperties: false });

export const MovementStepSchema = Type.Object({
  key: StringEnum(MOVEMENT_STEPS.map((s) => s.key)),
  labelId: Type.String(),
  labelEn: Type.String(),
  value: Type.Integer({ description: 'Bertanda / signed: + menambah, − mengurangi peserta aktif' }),
});

export const MovementResponse = Type.Object({
  regionCode: Type.String(),
  from: Type.String(),
  to: Type.String(),
  startActive: Type.Integer({ minimum: 0 }),
  endActive: Type.Integer({ minimum: 0 }),
  steps: Type.Array(MovementStepSchema),
  source: StringEnum(['registry', 'none']),
});
export type MovementResponse = Type.Static<typeof MovementResponse>;
