import { maskNik } from '../regulations/identifiers/nik.rules.ts';

/**
 * Masking of personal data (UU PDP 27/2022): lists, search results and exports show these forms; the
 * full value needs `personal.reveal`, a reason, and leaves an audit entry. Masks keep enough to tell
 * records apart (first letters, last digits) and never the whole value.
 */
export { maskNik };

/** "Siti Nurhaliza" → "S*** N********": the first letter of each word. */
export function maskName(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .map((word) => {
      const chars = Array.from(word);
      return chars.length === 0 ? '' : `${chars[0]}${'*'.repeat(chars.length - 1)}`;
    })
    .join(' ');
}

/** "0812-3456-7890" → "0812******90": the operator prefix and the last two digits. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length <= 6) return '*'.repeat(digits.length);
  return `${digits.slice(0, 4)}${'*'.repeat(digits.length - 6)}${digits.slice(-2)}`;
}

/** "budi.santoso@contoh.go.id" → "b***@contoh.go.id": the domain says which office, not who. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return '*'.repeat(Math.min(email.length, 8));
  return `${Array.from(email)[0]}***${email.slice(at)}`;
}

/** "1990-05-12" → "1990-**-**": the year is enough for age bands. */
export function maskBirthDate(isoDate: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(isoDate) ? `${isoDate.slice(0, 4)}-**-**` : '****-**-**';
}

/** What counts as personal data in Cakupan, and where it is masked (docs/access.md repeats this). */
export const PERSONAL_FIELDS = [
  { field: 'nik', id: 'NIK', en: 'National identity number', mask: '3201********0001' },
  { field: 'name', id: 'Nama', en: 'Name', mask: 'S*** N********' },
  { field: 'phone', id: 'Nomor telepon', en: 'Phone number', mask: '0812******90' },
  { field: 'email', id: 'Surel', en: 'E-mail', mask: 'b***@contoh.go.id' },
  { field: 'birthDate', id: 'Tanggal lahir', en: 'Birth date', mask: '1990-**-**' },
] as const;
