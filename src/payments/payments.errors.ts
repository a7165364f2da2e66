import { AppError } from '../shared/errors.ts';

/** The payments' domain errors, each with its code from the one catalogue (src/shared/errors.ts). */
export const paymentNotFound = (id: number | string) =>
  new AppError('NOT_FOUND', { id: `Pembayaran ${id} tidak ditemukan`, en: `Payment ${id} not found` });

/** A payer outside the scope answers exactly like one that does not exist. */
export const payerNotFound = (payerKey: string) =>
  new AppError('NOT_FOUND', {
    id: `Pembayar ${payerKey} tidak ditemukan`,
    en: `Payer ${payerKey} not found`,
  });

export const idempotencyKeyReused = (key: string) =>
  new AppError('IDEMPOTENCY_KEY_REUSED', {
    id: `Kunci idempoten ${key} sudah dipakai untuk pembayaran lain (isi permintaan berbeda)`,
    en: `Idempotency key ${key} was already used for a different payment (the request differs)`,
  });

export const paymentAlreadyReversed = (id: number) =>
  new AppError('PAYMENT_ALREADY_REVERSED', {
    id: `Pembayaran ${id} sudah dibatalkan sebelumnya`,
    en: `Payment ${id} has already been reversed`,
  });
