import { RegionParams } from '../coverage/coverage.schemas.ts';
import type { RoutePlugin } from '../http/deps.ts';
import type { Month } from '../shared/month.ts';
import { ErrorBody } from '../shared/schemas.ts';
import { MovementQuery, MovementResponse } from './movement.schemas.ts';
import { getMovement } from './movement.service.ts';

/** GET /coverage/{code}/movement: why active participants changed between two months (docs/protection.md). */
export const movementRoutes: RoutePlugin = async (app, { deps }) => {
  const db = deps.database.db;
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
    async (request) =>
      getMovement(db, request.params.regionCode, request.query.from as Month, request.query.to as Month),
  );
};
