import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { regionCodeSet } from '../../regions/official-codes.ts';
import { checkNik, maskNik, nikMatchesPerson } from './nik.rules.ts';

const REGIONS = regionCodeSet(['32', '32.01', '32.01.05']);
const AS_OF = '2025-01-31';
const digits = (length: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: length, maxLength: length });
const two = (n: number) => String(n).padStart(2, '0');

describe('checkNik properties', () => {
  it('any 16-digit string: never throws, and valid exactly when there are no errors', () => {
    fc.assert(
      fc.property(digits(16), (nik) => {
        const check = checkNik(nik, REGIONS, { asOf: AS_OF });
        expect(check.valid).toBe(check.errors.length === 0);
        expect(check.regionCodes).not.toBeNull(); // 16 digits always locate the parts
        if (check.valid) expect(check.birthDate?.candidates.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('any text at all: never throws, and valid exactly when there are no errors', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (nik) => {
        const check = checkNik(nik, REGIONS, { asOf: AS_OF });
        expect(check.valid).toBe(check.errors.length === 0);
      }),
    );
  });

  it('masking never reveals more than 8 digits, nor more than half of the text', () => {
    fc.assert(
      fc.property(fc.oneof(digits(16), fc.string({ unit: 'grapheme', maxLength: 60 })), (value) => {
        const masked = maskNik(value);
        const shown = Array.from(masked).filter((c, i) => c !== '*' && c === Array.from(value)[i]);
        expect(Array.from(masked).length).toBe(Array.from(value).length);
        expect((masked.match(/[0-9]/g) ?? []).length).toBeLessThanOrEqual(8);
        expect(shown.length).toBeLessThanOrEqual(Math.min(8, Array.from(value).length / 2));
      }),
    );
  });

  it('a NIK built from a real person round-trips: valid, the date is a candidate, the person matches', () => {
    const person = fc.record({
      date: fc.date({
        min: new Date('1900-01-01T00:00:00Z'),
        max: new Date(`${AS_OF}T00:00:00Z`),
        noInvalidDate: true,
      }),
      sex: fc.constantFrom('F' as const, 'M' as const),
      serial: fc.integer({ min: 1, max: 9999 }),
    });
    fc.assert(
      fc.property(person, ({ date, sex, serial }) => {
        const iso = date.toISOString().slice(0, 10);
        const day = date.getUTCDate() + (sex === 'F' ? 40 : 0);
        const yy = date.getUTCFullYear() % 100;
        const nik = `320105${two(day)}${two(date.getUTCMonth() + 1)}${two(yy)}${String(serial).padStart(4, '0')}`;
        const check = checkNik(nik, REGIONS, { asOf: AS_OF });
        expect(check.errors).toEqual([]);
        expect(check.sex).toBe(sex);
        expect(check.birthDate?.candidates).toContain(iso);
        expect(nikMatchesPerson(check, { sex, birthDate: iso })).toEqual([]);
      }),
    );
  });
});
