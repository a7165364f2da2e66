import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import * as foundation from './migrations/001_foundation.ts';
import * as regulationEngine from './migrations/002_regulation_engine.ts';
import * as accessControl from './migrations/003_access_control.ts';
import * as registry from './migrations/004_registry.ts';
import * as billing from './migrations/005_billing.ts';
import * as payments from './migrations/006_payments.ts';
import * as registryImport from './migrations/007_registry_import.ts';
import * as protection from './migrations/008_protection.ts';
import * as funding from './migrations/009_funding.ts';
import * as billingScale from './migrations/010_billing_scale.ts';
import * as paymentScale from './migrations/011_payment_scale.ts';
import type { DB } from './schema.ts';

/** Migrations are listed here in order (no directory scanning: the bundle and the tests see the same list). */
const MIGRATIONS: Record<string, Migration> = {
  '001_foundation': foundation,
  '002_regulation_engine': regulationEngine,
  '003_access_control': accessControl,
  '004_registry': registry,
  '005_billing': billing,
  '006_payments': payments,
  '007_registry_import': registryImport,
  '008_protection': protection,
  '009_funding': funding,
  '010_billing_scale': billingScale,
  '011_payment_scale': paymentScale,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

export async function migrateToLatest(db: Kysely<DB>): Promise<string[]> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
