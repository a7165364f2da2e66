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

  it.each([
    [{}, false, 'PGlite: one connection, the dashboard would wait'],
    [{ DATABASE_URL: 'postgres://x@h/db' }, true, 'a server: plays in the background'],
    [{ CAKUPAN_DEMO_SAROLANGUN: '1' }, true, 'asked for on PGlite'],
    [{ DATABASE_URL: 'postgres://x@h/db', CAKUPAN_DEMO_SAROLANGUN: '0' }, false, 'turned off on a server'],
  ])('Sarolangun simulation after start: %j → %s (%s)', (env, expected, _why) => {
    expect(loadConfig(env).demoSarolangun).toBe(expected);
  });

  it('reads the access settings, with safe defaults', () => {
    expect(loadConfig({})).toMatchObject({
      sessionIdleMinutes: 120,
      sessionMaxHours: 12,
      secureCookies: false,
      lockoutThreshold: 5,
      lockoutMinutes: 15,
      loginAttemptsPerMinute: 20,
      trustProxy: false,
    });
    expect(
      loadConfig({
        CAKUPAN_SESSION_IDLE_MINUTES: '30',
        CAKUPAN_SESSION_MAX_HOURS: '8',
        CAKUPAN_SECURE_COOKIES: '1',
        CAKUPAN_LOCKOUT_THRESHOLD: '3',
        CAKUPAN_LOCKOUT_MINUTES: '60',
        CAKUPAN_LOGIN_ATTEMPTS_PER_MINUTE: '5',
        CAKUPAN_TRUST_PROXY: 'ya',
      }),
    ).toMatchObject({
      sessionIdleMinutes: 30,
      sessionMaxHours: 8,
      secureCookies: true,
      lockoutThreshold: 3,
      lockoutMinutes: 60,
      loginAttemptsPerMinute: 5,
      trustProxy: true,
    });
  });

  it('refuses a lockout threshold of 0 and an idle timeout beyond a day', () => {
    expect(() =>
      loadConfig({ CAKUPAN_LOCKOUT_THRESHOLD: '0', CAKUPAN_SESSION_IDLE_MINUTES: '1441' }),
    ).toThrow(/CAKUPAN_SESSION_IDLE_MINUTES="1441"[\s\S]*CAKUPAN_LOCKOUT_THRESHOLD="0"/);
  });
});
