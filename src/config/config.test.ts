import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('has working defaults: port 3000, PGlite in ./data, demo on, potential basis', () => {
    const config = loadConfig({}, '/srv/cakupan');
    expect(config).toMatchObject({
      port: 3000,
      databaseUrl: undefined,
      dataDir: path.resolve('/srv/cakupan/data'),
      demo: true,
      defaultBasis: 'potential',
      geoDir: path.resolve('/srv/cakupan/data/geo'),
    });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('reads every variable', () => {
    const config = loadConfig(
      {
        PORT: '8080',
        DATABASE_URL: 'postgres://u@h/db',
        CAKUPAN_DATA_DIR: '/var/c',
        CAKUPAN_DEMO: '0',
        CAKUPAN_DEFAULT_BASIS: 'bps',
      },
      '/',
    );
    expect(config).toMatchObject({
      port: 8080,
      databaseUrl: 'postgres://u@h/db',
      dataDir: '/var/c',
      demo: false,
      defaultBasis: 'bps',
    });
  });

  it('lists every problem at once, in both languages', () => {
    try {
      loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', CAKUPAN_DEMO: 'maybe', LOG_LEVEL: 'loud' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems).toHaveLength(4);
      expect((error as ConfigError).message).toMatch(/PORT="abc".*integer/);
    }
  });
});
