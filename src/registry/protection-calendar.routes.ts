import Type from 'typebox';
import { currentMonth, today } from '../http/clock.ts';
import type { RoutePlugin } from '../http/deps.ts';
import { AppError } from '../shared/errors.ts';
import { addMonths, type Month, monthIndex, requireMonth } from '../shared/month.ts';
import { ErrorBody, MonthText, Nullable, StringEnum } from '../shared/schemas.ts';
import { loadVisible } from './participant.view.ts';
import { CALENDAR_STATUSES, membershipCalendar } from './protection-calendar.rules.ts';
import { calendarLines, protectedMonthsOf } from './registry-bills.repo.ts';

/** The longest calendar one request returns (five years). */
export const MAX_CALENDAR_MONTHS = 60;

const CalendarSchema = Type.Object({
  participantId: Type.Integer(),
  from: Type.String(),
  to: Type.String(),
  today: Type.String(),
  memberships: Type.Array(
    Type.Object({
      id: Type.Integer(),
      segment: Type.String(),
      validFrom: Type.String(),
      validTo: Nullable(Type.String()),
      months: Type.Array(
        Type.Object({
          month: Type.String(),
          status: StringEnum([...CALENDAR_STATUSES]),
          billId: Nullable(Type.Integer()),
          dueOn: Nullable(Type.String()),
        }),
      ),
    }),
  ),
});
export type ProtectionCalendar = Type.Static<typeof CalendarSchema>;

/**
 * `GET /participants/:id/protection?from=&to=`: per membership and month, protected or why not
 * (src/registry/protection-calendar.rules.ts). Same visibility as the participant; the last 12 months
 * up to this one when no range is named.
 */
export const protectionCalendarRoutes: RoutePlugin = async (app, { deps }) => {
  const db = deps.database.db;
  app.get(
    '/participants/:id/protection',
    {
      config: { access: { permission: 'registry.read', scope: 'records' } },
      schema: {
        tags: ['registry'],
        summary: 'Bulan terlindungi per kepesertaan / protected months per membership',
        params: Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }) }),
        querystring: Type.Object({ from: Type.Optional(MonthText), to: Type.Optional(MonthText) }),
        response: { 200: CalendarSchema, 400: ErrorBody, 403: ErrorBody, 404: ErrorBody },
      },
    },
    async (request) => {
      const to: Month = request.query.to ? requireMonth(request.query.to, 'to') : currentMonth(deps.clock);
      const from: Month = request.query.from ? requireMonth(request.query.from, 'from') : addMonths(to, -11);
      const span = monthIndex(to) - monthIndex(from) + 1;
      if (span < 1 || span > MAX_CALENDAR_MONTHS) {
        throw new AppError('VALIDATION_FAILED', {
          id: `Rentang bulan harus 1–${MAX_CALENDAR_MONTHS} bulan, dari ≤ sampai`,
          en: `The month range must be 1–${MAX_CALENDAR_MONTHS} months, from ≤ to`,
        });
      }
      const { person, memberships } = await loadVisible(db, request.actor, request.params.id);
      const ids = memberships.map((m) => m.id);
      const lines = await calendarLines(db, ids, from, to);
      const rows = await protectedMonthsOf(db, ids, from, to);
      const asOf = today(deps.clock);
      return {
        participantId: person.id,
        from,
        to,
        today: asOf,
        memberships: memberships.map((m) => ({
          id: m.id,
          segment: m.segment,
          validFrom: m.valid_from,
          validTo: m.valid_to,
          months: membershipCalendar(
            { id: m.id, from: m.valid_from, to: m.valid_to },
            from,
            to,
            rows.get(m.id) ?? new Set(),
            lines,
            asOf,
          ),
        })),
      };
    },
  );
};
