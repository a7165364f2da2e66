import { isIsoDate } from '../../../../src/shared/dates.ts';
import type { MessageKey } from '../../i18n.ts';

/** The person part of the enrol form, as typed. */
export interface PersonDraft {
  nik: string;
  name: string;
  sex: '' | 'F' | 'M';
  birthDate: string;
  villageCode: string;
  phone: string;
}

export const EMPTY_PERSON: PersonDraft = {
  nik: '',
  name: '',
  sex: '',
  birthDate: '',
  villageCode: '',
  phone: '',
};

/** A NIK as printed on the KTP may carry spaces or dots; the server takes the digits. */
export const nikDigits = (text: string): string => text.replace(/[\s.-]/g, '');

export const VILLAGE_CODE = /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/;

/**
 * What the form sees missing before sending. The NIK itself (structure, region, date, sex) is checked
 * by the server, whose messages say exactly which digits disagree.
 */
export function personProblems(person: PersonDraft): MessageKey[] {
  const problems: MessageKey[] = [];
  if (!nikDigits(person.nik)) problems.push('regNikMissing');
  if (!person.name.trim()) problems.push('regNameMissing');
  if (!person.sex) problems.push('regSexMissing');
  if (!isIsoDate(person.birthDate)) problems.push('regBirthDateMissing');
  if (!VILLAGE_CODE.test(person.villageCode.trim())) problems.push('regVillageInvalid');
  if (!/^[0-9+() -]*$/.test(person.phone.trim())) problems.push('regPhoneInvalid');
  return problems;
}
