import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { AppError, ERROR_STATUS, type ErrorCode } from '../shared/errors.ts';

interface ErrorBody {
  error: { code: string; message: string; messageEn: string; details?: unknown };
}

const body = (code: ErrorCode, message: string, messageEn: string, details?: unknown): ErrorBody => ({
  error: { code, message, messageEn, ...(details === undefined ? {} : { details }) },
});

function describeValidation(error: FastifyError): ErrorBody {
  const problems = (error.validation ?? []).map((v) => {
    const field = `${error.validationContext ?? 'request'}${v.instancePath || ''}${
      v.params && 'missingProperty' in v.params ? `/${String(v.params.missingProperty)}` : ''
    }`;
    return { field, problem: v.message ?? 'invalid' };
  });
  const monthProblem = problems.some((p) => /month|compare/.test(p.field));
  const summary = problems.map((p) => `${p.field}: ${p.problem}`).join('; ');
  return body(
    'VALIDATION_FAILED',
    `Permintaan tidak valid: ${summary}${monthProblem ? ' (bulan harus YYYY-MM, bulan 01–12)' : ''}`,
    `Invalid request: ${summary}${monthProblem ? ' (month must be YYYY-MM, month 01–12)' : ''}`,
    problems,
  );
}

/**
 * The one place where errors become HTTP answers: domain errors keep their code and bilingual message,
 * schema failures are 400 with every field named, anything unexpected is a 500 whose details stay in
 * the log (no stack trace ever leaves the server).
 */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      return reply
        .status(error.status)
        .send(body(error.code, error.bilingual.id, error.bilingual.en, error.details));
    }
    if (error.validation) return reply.status(400).send(describeValidation(error));
    const sqlState = (error as { code?: unknown }).code;
    if (typeof sqlState === 'string' && /^22[0-9A-Z]{3}$/.test(sqlState)) {
      // PostgreSQL "data exception": a value the schema let through but the database cannot hold
      // (a NUL character, a lone surrogate, a number beyond integer range). Bad input, not a fault.
      return reply
        .status(400)
        .send(
          body(
            'VALIDATION_FAILED',
            'Permintaan memuat nilai yang tidak dapat disimpan (mis. karakter NUL atau angka di luar rentang)',
            'The request holds a value that cannot be stored (e.g. a NUL character or a number out of range)',
          ),
        );
    }
    if (sqlState === '23505') {
      return reply
        .status(409)
        .send(body('CONFLICT', 'Data yang sama sudah ada', 'The same record already exists'));
    }
    const status = error.statusCode ?? 500;
    if (status === 413) {
      return reply
        .status(413)
        .send(
          body(
            'PAYLOAD_TOO_LARGE',
            'Berkas terlalu besar; pakai CLI untuk impor besar',
            'File too large; use the CLI for large imports',
          ),
        );
    }
    if (status === 415) {
      return reply
        .status(415)
        .send(
          body(
            'UNSUPPORTED_MEDIA_TYPE',
            'Jenis konten tidak didukung (kirim text/csv)',
            'Unsupported content type (send text/csv)',
          ),
        );
    }
    if (status >= 400 && status < 500) {
      return reply
        .status(status)
        .send(
          body(
            'VALIDATION_FAILED',
            `Permintaan tidak valid: ${error.message}`,
            `Invalid request: ${error.message}`,
          ),
        );
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply
      .status(ERROR_STATUS.INTERNAL)
      .send(
        body(
          'INTERNAL',
          'Terjadi kesalahan pada server; sudah dicatat',
          'Internal server error; it has been logged',
        ),
      );
  });
}

/**
 * Errors the router raises before any route runs (a malformed percent-encoding, an over-long path
 * parameter) get the same bilingual body as every other error.
 */
export function frameworkError(error: FastifyError, _request: unknown, reply: FastifyReply): void {
  const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 400;
  void reply
    .status(status)
    .send(
      body('VALIDATION_FAILED', `Alamat tidak valid: ${error.message}`, `Invalid address: ${error.message}`),
    );
}

export function notFoundBody(url: string): ErrorBody {
  return body('NOT_FOUND', `Alamat ${url} tidak ditemukan`, `Route ${url} not found`);
}
