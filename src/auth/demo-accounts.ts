import type { Executor } from '../db/database.ts';
import { systemActor } from './actor.ts';
import type { Role } from './roles.ts';
import { findUserByUsername } from './users.repo.ts';
import { createAccount } from './users.service.ts';

/**
 * One account per role for the demo, all on the Jambi example of the seeds (Kabupaten Sarolangun).
 * They exist only in a database that holds the labelled demo data set, can log in only while demo
 * mode is on and the database is still a demo database (src/auth/auth.service.ts), and cannot hold
 * API tokens. The password is public on purpose: it is printed on the login page.
 */
export const DEMO_PASSWORD = 'demo-cakupan';

export interface DemoAccount {
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly regions: readonly string[];
  readonly employerNpp?: string;
  readonly agentCode?: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { username: 'demo-nasional', displayName: 'Demo Kantor Pusat', role: 'national_admin', regions: ['00'] },
  {
    username: 'demo-kanwil',
    displayName: 'Demo Kanwil Sumbagsel',
    role: 'regional_office',
    regions: ['15', '16'],
  },
  {
    username: 'demo-cabang',
    displayName: 'Demo Cabang Sarolangun',
    role: 'branch_office',
    regions: ['15.02', '15.03'],
  },
  { username: 'demo-provinsi', displayName: 'Demo Pemprov Jambi', role: 'province_gov', regions: ['15'] },
  {
    username: 'demo-kabupaten',
    displayName: 'Demo Pemkab Sarolangun',
    role: 'regency_gov',
    regions: ['15.03'],
  },
  {
    username: 'demo-desa',
    displayName: 'Demo Operator Dusun Sarolangun',
    role: 'village_operator',
    regions: ['15.03.03.1001'],
  },
  {
    username: 'demo-perisai',
    displayName: 'Demo Agen Perisai',
    role: 'perisai_agent',
    regions: ['15.03.03'],
    agentCode: 'PRS-DEMO-01',
  },
  {
    username: 'demo-pemberi-kerja',
    displayName: 'Demo PT Sawit Sarolangun',
    role: 'employer',
    regions: [],
    employerNpp: '15030001',
  },
  { username: 'demo-auditor', displayName: 'Demo Auditor', role: 'auditor', regions: ['00'] },
];

/** Creates the demo accounts that are missing (idempotent); returns how many were created. */
export async function ensureDemoAccounts(db: Executor): Promise<number> {
  const loader = systemActor('demo-loader');
  let created = 0;
  for (const account of DEMO_ACCOUNTS) {
    if (await findUserByUsername(db, account.username)) continue;
    await createAccount(db, loader, {
      ...account,
      regions: [...account.regions],
      password: DEMO_PASSWORD,
      isDemo: true,
    });
    created++;
  }
  return created;
}
