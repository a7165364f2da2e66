/**
 * One catalogue of domain error codes. Services throw {@link AppError}; the HTTP layer maps the
 * code to a status in one place (src/http/error-handler.ts) and the CLI prints the messages.
 */
export const ERROR_STATUS = {
  VALIDATION_FAILED: 400,
  INVALID_MONTH: 400,
  INVALID_REGION_CODE: 400,
  UNKNOWN_BASIS: 400,
  NOT_FOUND: 404,
  REGION_NOT_FOUND: 404,
  DATASET_CONFLICT: 409,
  DATABASE_IN_USE: 409,
  IMPORT_REJECTED: 422,
  REGULATION_PARAMETER_MISSING: 422,
  QUOTE_INPUT_INVALID: 400,
  PROGRAM_NOT_IN_FORCE: 400,
  PARAMETER_CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNAUTHENTICATED: 401,
  LOGIN_FAILED: 401,
  FORBIDDEN: 403,
  CSRF_REJECTED: 403,
  PASSWORD_CHANGE_REQUIRED: 403,
  USER_CONFLICT: 409,
  CONFLICT: 409,
  IDEMPOTENCY_KEY_REUSED: 409,
  PAYMENT_ALREADY_REVERSED: 409,
  ACCOUNT_LOCKED: 423,
  TOO_MANY_REQUESTS: 429,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** A message in Indonesian (the product's first language) and English. */
export interface Bilingual {
  readonly id: string;
  readonly en: string;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly bilingual: Bilingual,
    readonly details?: unknown,
  ) {
    super(bilingual.en);
    this.name = 'AppError';
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export const notFound = (what: Bilingual): AppError => new AppError('NOT_FOUND', what);

/** Every problem of one request at once: messages joined per language, the list in `details`. */
export const validationFailed = (problems: readonly Bilingual[]): AppError =>
  new AppError(
    'VALIDATION_FAILED',
    { id: problems.map((p) => p.id).join('; '), en: problems.map((p) => p.en).join('; ') },
    problems,
  );
