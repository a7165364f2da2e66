import os from 'node:os';
import { type Actor, systemActor } from '../auth/actor.ts';

/** The operator at the command line, as the audit log records them: `cli:<os user>`. */
export const cliActor = (): Actor => systemActor(`cli:${os.userInfo().username}`);
