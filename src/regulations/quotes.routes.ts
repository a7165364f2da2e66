import { currentMonth, today } from '../http/clock.ts';
import type { RoutePlugin } from '../http/deps.ts';
import { ErrorBody } from '../shared/schemas.ts';
import { type BenefitInput, quoteBenefit } from './benefits/benefit.quote.ts';
import { quoteContribution } from './contributions/contribution.quote.ts';
import type { ContributionInput } from './contributions/contribution.types.ts';
import { defaultFineMonth, quoteFine } from './contributions/fine.rules.ts';
import {
  BenefitBody,
  BenefitQuoteSchema,
  ContributionBody,
  ContributionQuoteSchema,
  FineBody,
  FineQuoteSchema,
} from './quotes.schemas.ts';
import { loadParameterBook } from './regulations.service.ts';

/** Quotes read the parameter table as stored (operator edits included) and compute with the pure engine. */
export const quoteRoutes: RoutePlugin = async (app, { deps }) => {
  const db = deps.database.db;

  app.post(
    '/quotes/contribution',
    {
      config: { access: { permission: 'quotes.calculate', scope: 'none' } },
      schema: {
        tags: ['regulations'],
        summary: 'Hitung iuran satu pekerja-bulan / quote one worker-month of contributions',
        description:
          'Baris per program dan pembayar, dengan dasar upah, batas, tarif, diskon, pembulatan dan dasar hukum. / Lines per program and payer with base, cap, rate, discount, rounding and legal basis.',
        body: ContributionBody,
        response: { 200: ContributionQuoteSchema, 400: ErrorBody, 422: ErrorBody },
      },
    },
    async (request) => {
      const book = await loadParameterBook(db);
      return { ...quoteContribution(book, request.body as ContributionInput), parameterSource: 'database' };
    },
  );

  app.post(
    '/quotes/fine',
    {
      config: { access: { permission: 'quotes.calculate', scope: 'none' } },
      schema: {
        tags: ['regulations'],
        summary: 'Denda keterlambatan iuran pemberi kerja / employer late-payment fine',
        body: FineBody,
        response: { 200: FineQuoteSchema, 400: ErrorBody, 422: ErrorBody },
      },
    },
    async (request) => {
      const { amount, monthsLate } = request.body;
      const month = request.body.month ?? defaultFineMonth(currentMonth(deps.clock), monthsLate);
      const book = await loadParameterBook(db);
      return { ...quoteFine(book, { amount, monthsLate, month }), parameterSource: 'database' };
    },
  );

  app.post(
    '/quotes/benefit',
    {
      config: { access: { permission: 'quotes.calculate', scope: 'none' } },
      schema: {
        tags: ['regulations'],
        summary: 'Hitung manfaat / calculate a benefit (JKM, JKK, STMB, JKP, JP, scholarship, JHT)',
        description:
          'Tanpa tanggal kejadian, parameter dibaca per hari ini. / Without an event date, parameters are read as of today.',
        body: BenefitBody,
        response: { 200: BenefitQuoteSchema, 400: ErrorBody, 422: ErrorBody },
      },
    },
    async (request) => {
      const input = {
        asOf: today(deps.clock),
        ...(request.body as object),
      } as BenefitInput;
      const book = await loadParameterBook(db);
      return { ...quoteBenefit(book, input), parameterSource: 'database' };
    },
  );
};
