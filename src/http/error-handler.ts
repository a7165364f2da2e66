import type { FastifyError, FastifyInstance } from 'fastify';
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

export function notFoundBody(url: string): ErrorBody {
  return body('NOT_FOUND', `Alamat ${url} tidak ditemukan`, `Route ${url} not found`);
}
