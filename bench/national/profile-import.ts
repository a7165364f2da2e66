// Temporary: phases of the participants import on a prepared national database (kept by --keep).
import fs from 'node:fs';
import { systemActor } from '../../src/auth/actor.ts';
import { openDatabase } from '../../src/db/database.ts';
import { runRegistryImport } from '../../src/registry/import/registry-import.service.ts';

const [url, kind, file] = process.argv.slice(2) as [string, string, string];
const database = await openDatabase({ kind: 'postgres', url, maxConnections: 2 });
const t0 = performance.now();
let last = t0;
let phase = '';
const report = await runRegistryImport(database, kind as 'participants', fs.createReadStream(file), {
  actor: systemActor('prof'),
  mode: 'all',
  dryRun: true,
  fileName: 'x.csv',
  today: '2026-11-20',
  onProgress: (p) => {
    if (p.phase !== phase) {
      const now = performance.now();
      console.log(`${phase || 'start'} ${Math.round(now - last)} ms`);
      last = now;
      phase = p.phase;
    }
  },
});
console.log(
  `${phase} ${Math.round(performance.now() - last)} ms; total ${Math.round(performance.now() - t0)}`,
  report.status,
  report.rowsValid,
);
await database.close();
