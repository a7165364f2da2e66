import { prepareDatabase } from './bootstrap.ts';
import { ConfigError, loadConfig } from './config/config.ts';
import { openConfiguredDatabase } from './db/open-from-config.ts';
import { playSarolangunInBackground } from './demo/sarolangun/sarolangun.background.ts';
import { buildApp } from './http/app.ts';
import { systemClock } from './http/clock.ts';
import { startCoverageRefresher } from './protection/coverage-refresher.ts';
import { AppError } from './shared/errors.ts';

async function main() {
  const config = loadConfig();
  const database = await openConfiguredDatabase(config);
  const app = await buildApp({ database, config, clock: systemClock });
  try {
    await prepareDatabase(database, config, systemClock, app.log);
    await app.listen({ port: config.port, host: config.host });
    app.log.info(
      `Cakupan siap / ready: http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`,
    );
  } catch (error) {
    await database.close();
    throw error;
  }
  const refresher = startCoverageRefresher(database.db, config.coverageRefreshSeconds, app.log);
  if (config.demo && config.demoSarolangun) void playSarolangunInBackground(database, app.log);
  const shutdown = async (signal: string) => {
    app.log.info({ signal }, 'shutting down');
    refresher.stop();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message);
  else if (error instanceof AppError) console.error(`${error.bilingual.id}\n${error.bilingual.en}`);
  else console.error(error);
  process.exit(1);
});
