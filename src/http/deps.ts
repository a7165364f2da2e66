import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type {
  FastifyBaseLogger,
  FastifyInstance,
  FastifyPluginAsync,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { Config } from '../config/config.ts';
import type { Database } from '../db/database.ts';
import type { Clock } from './clock.ts';

/** What every route plugin receives: the database, the frozen config and the clock. */
export interface AppDeps {
  readonly database: Database;
  readonly config: Config;
  readonly clock: Clock;
}

export type TypedApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

export type RoutePlugin = FastifyPluginAsync<{ deps: AppDeps }, RawServerDefault, TypeBoxTypeProvider>;
