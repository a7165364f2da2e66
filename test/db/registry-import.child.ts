import fs from 'node:fs';
import { systemActor } from '../../src/auth/actor.ts';
import { openDatabase } from '../../src/db/database.ts';
import { runRegistryImport } from '../../src/registry/import/registry-import.service.ts';

/**
 * Child process of the crash test: imports a file on the PostgreSQL server and says "staged" once the
 * first chunk is in the staging table (inside the import's transaction), then keeps going slowly
 * until the parent kills it.
 */
const [url, file] = process.argv.slice(2) as [string, string];
const database = await openDatabase({ kind: 'postgres', url, maxConnections: 2 });
let said = false;
await runRegistryImport(database, 'participants', fs.createReadStream(file, { highWaterMark: 4096 }), {
  actor: systemActor('uji-crash'),
  mode: 'all',
  dryRun: false,
  fileName: 'crash.csv',
  today: '2026-01-15',
  chunkSize: 500,
  onProgress: (p) => {
    if (!said && p.rowsStaged > 0) {
      said = true;
      process.stdout.write('staged\n');
    }
  },
});
process.stdout.write('finished\n');
