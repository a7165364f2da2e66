import path from 'node:path';

/** Validated, frozen runtime configuration. Read once at start-up; never read `process.env` elsewhere. */
export interface Config {
  readonly port: number;
  readonly host: string;
  /** A real PostgreSQL server when set; the embedded PGlite otherwise. */
  readonly databaseUrl: string | undefined;
  /** PGlite data directory (ignored when `databaseUrl` is set). */
  readonly dataDir: string;
  /** Load the labelled demo data set into an empty database. */
  readonly demo: boolean;
  /** With the demo: play the participant-level Sarolangun simulation in the background after start
   *  (default: only on a PostgreSQL server). */
  readonly demoSarolangun: boolean;
  /** Workforce basis used when a request names none. */
  readonly defaultBasis: string;
  /** Folder with operator-supplied GeoJSON files (provinces.geojson, regencies.geojson). */
  readonly geoDir: string;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Largest accepted request body (imports are CSV bodies). */
  readonly bodyLimitBytes: number;
  /** Built dashboard (Vite output). */
  readonly webDir: string;
  /** A session ends after this many minutes without a request… */
  readonly sessionIdleMinutes: number;
  /** …and in any case this many hours after login. */
  readonly sessionMaxHours: number;
  /** Mark the session cookie `Secure` (set it when the server is reached over HTTPS). */
  readonly secureCookies: boolean;
  /** Consecutive wrong passwords that lock an account, and for how long. */
  readonly lockoutThreshold: number;
  readonly lockoutMinutes: number;
  /** Login attempts allowed per client address per minute. */
  readonly loginAttemptsPerMinute: number;
  /** Behind a reverse proxy: take the client address from X-Forwarded-For (rate limit, audit). */
  readonly trustProxy: boolean;
  /** Seconds between refreshes of registry coverage for months that payments changed (0 = never). */
  readonly coverageRefreshSeconds: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Konfigurasi tidak valid / invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
type Env = Readonly<Record<string, string | undefined>>;

function readInteger(env: Env, name: string, fallback: number, min: number, max: number, problems: string[]) {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) {
    problems.push(`${name}="${raw}": harus bilangan bulat ${min}–${max} / must be an integer ${min}–${max}`);
    return fallback;
  }
  return value;
}

function readBoolean(env: Env, name: string, fallback: boolean, problems: string[]) {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'ya', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'tidak', 'off'].includes(raw)) return false;
  problems.push(`${name}="${env[name]}": gunakan 1 atau 0 / use 1 or 0`);
  return fallback;
}

function readDatabaseUrl(env: Env, problems: string[]) {
  const raw = env.DATABASE_URL?.trim();
  if (!raw) return undefined;
  if (!/^postgres(ql)?:\/\//.test(raw)) {
    problems.push('DATABASE_URL harus diawali postgres:// / DATABASE_URL must start with postgres://');
  }
  return raw;
}

/**
 * Builds the configuration from environment variables and throws one {@link ConfigError}
 * listing every problem at once.
 *
 * @example loadConfig({ PORT: '8080', CAKUPAN_DEMO: '0' }).port // 8080
 */
export function loadConfig(env: Env = process.env, cwd = process.cwd()): Config {
  const problems: string[] = [];
  const dataDir = path.resolve(cwd, env.CAKUPAN_DATA_DIR?.trim() || './data');
  const logLevel = (env.LOG_LEVEL?.trim() || 'info') as Config['logLevel'];
  if (!LOG_LEVELS.includes(logLevel))
    problems.push(`LOG_LEVEL="${logLevel}": one of ${LOG_LEVELS.join(', ')}`);
  const defaultBasis = env.CAKUPAN_DEFAULT_BASIS?.trim() || 'potential';
  if (!/^[a-z][a-z0-9_-]{0,31}$/.test(defaultBasis)) {
    problems.push(`CAKUPAN_DEFAULT_BASIS="${defaultBasis}": kode basis tidak valid / invalid basis code`);
  }
  const databaseUrl = readDatabaseUrl(env, problems);
  const config: Config = {
    port: readInteger(env, 'PORT', 3000, 0, 65535, problems),
    host: env.HOST?.trim() || 'localhost',
    databaseUrl,
    dataDir,
    demo: readBoolean(env, 'CAKUPAN_DEMO', true, problems),
    // On by default only with a server: PGlite has one connection, and the simulation's transactions
    // would keep every dashboard request waiting (8–20 s measured) for the ten minutes it plays.
    demoSarolangun: readBoolean(env, 'CAKUPAN_DEMO_SAROLANGUN', databaseUrl !== undefined, problems),
    defaultBasis,
    geoDir: path.resolve(cwd, env.CAKUPAN_GEO_DIR?.trim() || path.join(dataDir, 'geo')),
    logLevel,
    bodyLimitBytes: readInteger(env, 'CAKUPAN_BODY_LIMIT_MB', 64, 1, 1024, problems) * 1024 * 1024,
    webDir: path.resolve(cwd, env.CAKUPAN_WEB_DIR?.trim() || 'web/dist'),
    sessionIdleMinutes: readInteger(env, 'CAKUPAN_SESSION_IDLE_MINUTES', 120, 1, 24 * 60, problems),
    sessionMaxHours: readInteger(env, 'CAKUPAN_SESSION_MAX_HOURS', 12, 1, 24 * 30, problems),
    secureCookies: readBoolean(env, 'CAKUPAN_SECURE_COOKIES', false, problems),
    lockoutThreshold: readInteger(env, 'CAKUPAN_LOCKOUT_THRESHOLD', 5, 1, 100, problems),
    lockoutMinutes: readInteger(env, 'CAKUPAN_LOCKOUT_MINUTES', 15, 1, 24 * 60, problems),
    coverageRefreshSeconds: readInteger(env, 'CAKUPAN_COVERAGE_REFRESH_SECONDS', 30, 0, 86_400, problems),
    loginAttemptsPerMinute: readInteger(env, 'CAKUPAN_LOGIN_ATTEMPTS_PER_MINUTE', 20, 1, 10_000, problems),
    trustProxy: readBoolean(env, 'CAKUPAN_TRUST_PROXY', false, problems),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze(config);
}
