import { parseArgs } from 'node:util';
import { benchBilling, billingServerTarget } from './billing.bench.ts';
import { benchCoverage } from './coverage.bench.ts';
import { benchFundingImport, benchOptimizer } from './funding.bench.ts';
import { benchRegistryImport, importBenchRows } from './import.bench.ts';
import { benchNational } from './national/national.bench.ts';
import { benchPayments } from './payments.bench.ts';
import { benchEngine } from './regulations.bench.ts';
import { benchStartup } from './startup.bench.ts';
import { table } from './stats.ts';
import { type BenchTarget, pgliteTarget, postgresTarget } from './targets.ts';

/**
 * npm run bench -- --size 1m|10m|45m [--months N] [--samples 100] [--keep] [--resume] [--no-browser] [--no-lapse]
 *                  (issue 8: the national run on the PostgreSQL server, one table; nothing else runs)
 * npm run bench -- [--db pglite|postgres|both|none] [--months 24] [--samples 100] [--villages N] [--skip-startup] [--skip-engine]
 *                  [--skip-coverage] [--skip-registry] [--registry-rows 1000000] (issue 6: import, billing, payments on the server)
 *                  [--skip-funding] [--funding-rows 100000] (issue 7: beneficiary import vs COPY, optimizer)
 *                  [--keep] (keep the loaded database) [--reuse] (time coverage on a kept database, skip loading)
 * The PostgreSQL server is BENCH_DATABASE_URL, else DATABASE_URL, else the local server.
 */
const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'both' },
    months: { type: 'string', default: '24' },
    samples: { type: 'string', default: '100' },
    villages: { type: 'string' },
    'skip-startup': { type: 'boolean', default: false },
    'skip-engine': { type: 'boolean', default: false },
    'skip-coverage': { type: 'boolean', default: false },
    'skip-registry': { type: 'boolean', default: false },
    'registry-rows': { type: 'string', default: '1000000' },
    'skip-funding': { type: 'boolean', default: false },
    'funding-rows': { type: 'string', default: '100000' },
    keep: { type: 'boolean', default: false },
    size: { type: 'string' },
    resume: { type: 'boolean', default: false },
    'no-browser': { type: 'boolean', default: false },
    'no-lapse': { type: 'boolean', default: false },
    reuse: { type: 'boolean', default: false },
  },
});

const serverUrl =
  process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
if (values.size) {
  const started = Date.now();
  const rows = await benchNational({
    adminUrl: serverUrl,
    size: values.size,
    months: process.argv.includes('--months') ? Number(values.months) : undefined,
    samples: Number(values.samples),
    keep: values.keep === true,
    noBrowser: values['no-browser'] === true,
    lapse: values['no-lapse'] !== true,
    db: values.db === 'pglite' ? 'pglite' : 'postgres',
    resume: values.resume === true,
    log: (line) => process.stderr.write(`[${Math.round((Date.now() - started) / 1000)} s] ${line}\n`),
  });
  console.log(
    `\n### national ${values.size} on ${values.db === 'pglite' ? 'PGlite' : 'the PostgreSQL server'} (${Math.round((Date.now() - started) / 1000)} s)\n`,
  );
  console.log(
    table(
      ['path', 'product', 'limit in the same run'],
      rows.map((r) => [r.path, r.product, r.limit]),
    ),
  );
  process.exit(0);
}

const targetOptions = { keep: values.keep === true, reuse: values.reuse === true };
const targets: BenchTarget[] = [];
if (values.db === 'postgres' || values.db === 'both') targets.push(postgresTarget(serverUrl, targetOptions));
if (values.db === 'pglite' || values.db === 'both') targets.push(pgliteTarget(targetOptions));

const options = {
  months: Number(values.months),
  samples: Number(values.samples),
  villages: values.villages ? Number(values.villages) : undefined,
  reuse: targetOptions.reuse,
};

console.log(
  `Cakupan bench — ${new Date().toISOString()} — node ${process.version}, ${options.months} months`,
);
if (!values['skip-engine']) {
  console.log('\n### regulation engine (pure, one core)\n');
  console.log(
    table(
      ['path', 'product', 'limit in the same run'],
      benchEngine().map((r) => [r.path, r.product, r.limit]),
    ),
  );
}
for (const target of values['skip-coverage'] ? [] : targets) {
  const started = Date.now();
  const rows = await benchCoverage(target, options);
  console.log(`\n### ${target.name} (${Math.round((Date.now() - started) / 1000)} s)\n`);
  console.log(
    table(
      ['path', 'product', 'limit in the same run'],
      rows.map((r) => [r.path, r.product, r.limit]),
    ),
  );
}
if (!values['skip-startup']) {
  console.log('\n### startup (PGlite, the README command without the web build)\n');
  console.log(
    table(
      ['path', 'product', 'limit in the same run'],
      (await benchStartup()).map((r) => [r.path, r.product, r.limit]),
    ),
  );
}

// Issue 6, on the PostgreSQL server only: the registry import against raw COPY of the same file, a
// monthly billing run, and payment posting over HTTP under a load generator.
if (!values['skip-registry'] && values.db !== 'none' && values.db !== 'pglite') {
  const n = Number(values['registry-rows']);
  const section = (title: string, rows: readonly { path: string; product: string; limit: string }[]) => {
    console.log(`\n### ${title}\n`);
    console.log(
      table(
        ['path', 'product', 'limit in the same run'],
        rows.map((r) => [r.path, r.product, r.limit]),
      ),
    );
  };
  section(
    `registry import, ${n.toLocaleString('en')} participants (server)`,
    importBenchRows(await benchRegistryImport(serverUrl, n)),
  );
  section(
    `billing run, ${n.toLocaleString('en')} memberships (server)`,
    await benchBilling(billingServerTarget(serverUrl), { memberships: n }),
  );
  section('payment posting over HTTP (server)', await benchPayments({ adminUrl: serverUrl }));
}

// Issue 7: a beneficiary list into one program on each database (new, then the same file again)
// against raw COPY of the file, and the optimizer at province scale.
if (!values['skip-funding']) {
  const rows: { path: string; product: string; limit: string }[] = [...benchOptimizer()];
  const fresh = (name: BenchTarget['name']) =>
    name === 'pglite'
      ? pgliteTarget({ keep: false, reuse: false })
      : postgresTarget(serverUrl, { keep: false, reuse: false });
  for (const target of values.db === 'none' ? [] : targets)
    rows.push(...(await benchFundingImport(fresh(target.name), Number(values['funding-rows']), serverUrl)));
  console.log('\n### funding (issue 7)\n');
  console.log(
    table(
      ['path', 'product', 'limit in the same run'],
      rows.map((r) => [r.path, r.product, r.limit]),
    ),
  );
}
