import Type from 'typebox';

/** Shared schema fragments for the edge (HTTP and CLI); the web app imports the inferred types. */
export const MonthText = Type.String({
  pattern: '^(19\\d{2}|2[01]\\d{2})-(0[1-9]|1[0-2])$',
  description: 'Bulan / month, YYYY-MM (1900–2199)',
});
export const RegionCodeText = Type.String({
  pattern: '^(00|\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?)$',
  description: 'Kode wilayah Kemendagri / Kemendagri region code (00 = Indonesia)',
  examples: ['15.03'],
});
export const BasisCode = Type.String({
  pattern: '^[a-z][a-z0-9_-]{0,31}$',
  description: 'Basis angkatan kerja / workforce basis',
});
export const RupiahInt = Type.Integer({ description: 'Rupiah (bilangan bulat / whole rupiah)' });
export const Count = Type.Integer({ minimum: 0 });
/**
 * `T | null` written as `type: [T, 'null']` rather than `anyOf`: the response serializer handles a type
 * list directly, while every `anyOf` costs a validation per value (it made coverage answers 4× slower).
 */
export const Nullable = <T extends Type.TSchema>(schema: T) => {
  const type = (schema as { type?: string }).type;
  if (!type) return Type.Union([schema, Type.Null()]);
  return Type.Unsafe<Type.Static<T> | null>({ ...schema, type: [type, 'null'] });
};

/** A string from a fixed list, as `enum` (serialized directly, unlike an `anyOf` of literals). */
export const StringEnum = <const T extends readonly string[]>(
  values: T,
  options: { description?: string } = {},
) => Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options });

export const Bilingual = Type.Object({ id: Type.String(), en: Type.String() });

export const ErrorBody = Type.Object(
  {
    error: Type.Object({
      code: Type.String(),
      message: Type.String({ description: 'Bahasa Indonesia' }),
      messageEn: Type.String({ description: 'English' }),
      details: Type.Optional(Type.Unknown()),
    }),
  },
  { $id: 'ErrorBody' },
);

export const RegionSummary = Type.Object({
  code: Type.String(),
  name: Type.String(),
  level: Type.Integer({ minimum: 0, maximum: 4 }),
  levelName: Type.String(),
  kind: Type.String(),
  parentCode: Nullable(Type.String()),
  childCount: Type.Integer(),
});
export type RegionSummary = Type.Static<typeof RegionSummary>;
