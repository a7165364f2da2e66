import { RegionParams } from '../coverage/coverage.schemas.ts';
import type { RoutePlugin } from '../http/deps.ts';
import type { Month } from '../shared/month.ts';
import { ErrorBody } from '../shared/schemas.ts';
import { SingleFlight } from '../shared/single-flight.ts';
import { MovementQuery, MovementResponse } from './movement.schemas.ts';
import { getMovement, type MovementAnswer } from './movement.service.ts';

/** GET /coverage/{code}/movement: why active participants changed between two months (docs/protection.md). */
export const movementRoutes: RoutePlugin = async (app, { deps }) => {
  const db = deps.database.db;
  // The answer depends on the region and months only (scope is checked before): identical requests
  // arriving while one is computed share it (a national one scans every protected month, 15–60 s at 10 M).
  const flights = new SingleFlight<MovementAnswer>();
  app.get(
    '/coverage/:regionCode/movement',
    {
      config: { access: { permission: 'coverage.detail', scope: 'region' } },
      schema: {
        tags: ['coverage'],
        summary: 'Mengapa cakupan berubah / why coverage moved',
        description:
          'The change in active participants (people with a protected month) of a region from one month to a later one, split into new enrolments, reactivations, lapses, employer closures, exits by reason and other, so that startActive + Σ steps = endActive. Registry data only: source "none" when the region has no protected participants in either month.',
        params: RegionParams,
        querystring: MovementQuery,
        response: { 200: MovementResponse, 400: ErrorBody, 404: ErrorBody },
      },
    },
    async (request) => {
      const { regionCode } = request.params;
      const { from, to } = request.query as { from: Month; to: Month };
      return flights.run(`${regionCode}|${from}|${to}`, () => getMovement(db, regionCode, from, to));
    },
  );
};
