import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../shared/errors.ts';

const LOCK_FILE = 'cakupan.pid';

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PGlite is one process's database: two processes writing one data directory corrupt it. The first
 * opener writes its pid here; a second (e.g. the CLI while the server runs) gets a clear error.
 * A lock left by a dead process is taken over.
 */
export function lockDataDir(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: 'wx' });
      let released = false;
      return () => {
        if (released) return;
        released = true;
        fs.rmSync(lockPath, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(fs.readFileSync(lockPath, 'utf8'));
      if (Number.isInteger(owner) && owner !== process.pid && processAlive(owner)) {
        throw new AppError('DATABASE_IN_USE', {
          id: `Basis data ${dataDir} sedang dipakai proses ${owner} (mis. server). Hentikan proses itu, atau pakai DATABASE_URL ke server PostgreSQL.`,
          en: `Database ${dataDir} is in use by process ${owner} (e.g. the server). Stop it, or use DATABASE_URL with a PostgreSQL server.`,
        });
      }
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`could not lock ${dataDir}`);
}
