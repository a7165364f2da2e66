import { AppError } from '../shared/errors.ts';

export const unauthenticated = (): AppError =>
  new AppError('UNAUTHENTICATED', {
    id: 'Silakan masuk terlebih dahulu',
    en: 'Please log in first',
  });

export const forbidden = (permission: string): AppError =>
  new AppError(
    'FORBIDDEN',
    { id: 'Anda tidak berwenang untuk tindakan ini', en: 'You are not allowed to do this' },
    { permission },
  );

export const loginFailed = (): AppError =>
  new AppError('LOGIN_FAILED', {
    id: 'Nama pengguna atau kata sandi salah',
    en: 'Wrong username or password',
  });

export const accountLocked = (lockedUntil: Date): AppError =>
  new AppError(
    'ACCOUNT_LOCKED',
    {
      id: 'Akun terkunci sementara karena terlalu banyak percobaan gagal; coba lagi nanti atau minta administrator membukanya',
      en: 'Account temporarily locked after too many failed attempts; try later or ask an administrator to unlock it',
    },
    { lockedUntil: lockedUntil.toISOString() },
  );

export const tooManyAttempts = (): AppError =>
  new AppError('TOO_MANY_REQUESTS', {
    id: 'Terlalu banyak percobaan masuk dari alamat ini; tunggu satu menit',
    en: 'Too many login attempts from this address; wait a minute',
  });

export const csrfRejected = (): AppError =>
  new AppError('CSRF_REJECTED', {
    id: 'Token keamanan (CSRF) tidak ada atau salah; muat ulang halaman',
    en: 'Security (CSRF) token missing or wrong; reload the page',
  });

export const passwordChangeRequired = (): AppError =>
  new AppError('PASSWORD_CHANGE_REQUIRED', {
    id: 'Ganti kata sandi sementara Anda terlebih dahulu',
    en: 'Change your temporary password first',
  });
