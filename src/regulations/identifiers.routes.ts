import Type from 'typebox';
import { today } from '../http/clock.ts';
import type { RoutePlugin } from '../http/deps.ts';
import { officialRegionCodes } from '../regions/official-codes.ts';
import { Bilingual, ErrorBody, Nullable } from '../shared/schemas.ts';
import { checkKpj, checkNpp } from './identifiers/kpj-npp.rules.ts';
import { checkNik } from './identifiers/nik.rules.ts';

const Problem = Type.Object({ code: Type.String(), message: Bilingual });

const NikCheckSchema = Type.Object({
  nik: Type.String(),
  valid: Type.Boolean(),
  errors: Type.Array(Problem),
  masked: Type.String(),
  regionCodes: Nullable(
    Type.Object({ province: Type.String(), regency: Type.String(), district: Type.String() }),
  ),
  sex: Nullable(Type.String()),
  birthDate: Nullable(
    Type.Object({
      day: Type.Integer(),
      month: Type.Integer(),
      yearTwoDigits: Type.Integer(),
      candidates: Type.Array(Type.String()),
    }),
  ),
  serial: Nullable(Type.String()),
});

/**
 * Identifier checks take the number in the body, not the URL: a NIK is personal data (UU PDP) and
 * URLs end up in access logs and browser history.
 */
export const identifierRoutes: RoutePlugin = async (app, { deps }) => {
  app.post(
    '/identifiers/nik',
    {
      config: { access: { permission: 'identifiers.check', scope: 'none' } },
      schema: {
        tags: ['identifiers'],
        summary: 'Periksa NIK / check a NIK',
        body: Type.Object(
          {
            nik: Type.String({ maxLength: 64 }),
            asOf: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' })),
          },
          { additionalProperties: false },
        ),
        response: { 200: NikCheckSchema, 400: ErrorBody },
      },
    },
    async (request) =>
      checkNik(request.body.nik, await officialRegionCodes(), {
        asOf: request.body.asOf ?? today(deps.clock),
      }),
  );

  for (const kind of ['kpj', 'npp'] as const)
    app.post(
      `/identifiers/${kind}`,
      {
        config: { access: { permission: 'identifiers.check', scope: 'none' } },
        schema: {
          tags: ['identifiers'],
          summary: `Periksa format ${kind.toUpperCase()} / check a ${kind.toUpperCase()} format`,
          body: Type.Object({ value: Type.String({ maxLength: 64 }) }, { additionalProperties: false }),
          response: {
            200: Type.Object({
              value: Type.String(),
              valid: Type.Boolean(),
              errors: Type.Array(Problem),
              confidence: Type.String(),
            }),
          },
        },
      },
      async (request) => {
        const check = kind === 'kpj' ? checkKpj(request.body.value) : checkNpp(request.body.value);
        return {
          value: request.body.value,
          valid: check.valid,
          errors: check.errors,
          confidence: check.confidence,
        };
      },
    );
};
