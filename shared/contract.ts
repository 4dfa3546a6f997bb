// The only way the renderer talks to the main process. Each method names its zod input schema,
// its output type and the lowest role that may call it; dispatch enforces all three.
import type { z } from 'zod';
import type { Role } from './domain';
import { activitiesContract } from './methods/activities';
import { authContract } from './methods/auth';
import { backupsContract } from './methods/backups';
import { callsContract } from './methods/calls';
import { careContract } from './methods/care';
import { childrenContract } from './methods/children';
import { clockContract } from './methods/clock';
import { dutyContract } from './methods/duty';
import { helpersContract } from './methods/helpers';
import { exportsContract } from './methods/exports';
import { incidentsContract } from './methods/incidents';
import { kioskContract } from './methods/kiosk';
import { lecturesContract } from './methods/lectures';
import { libraryContract } from './methods/library';
import { officeContract } from './methods/office';
import { privacyContract } from './methods/privacy';
import { roomContract } from './methods/room';
import { schoolYearContract } from './methods/schoolYear';
import { settingsContract } from './methods/settings';
import { setupContract } from './methods/setup';
import { staffContract } from './methods/staff';
import { MethodRegistry } from './registry';

/** The capabilities, each one file in shared/methods/ and one folder in electron/services/ (docs/ARCHITECTURE.md). */
export const contract = new MethodRegistry()
  .add(setupContract)
  .add(authContract)
  .add(settingsContract)
  .add(staffContract)
  .add(childrenContract)
  .add(kioskContract)
  .add(roomContract)
  .add(callsContract)
  .add(libraryContract)
  .add(activitiesContract)
  .add(lecturesContract)
  .add(dutyContract)
  .add(careContract)
  .add(incidentsContract)
  .add(exportsContract)
  .add(backupsContract)
  .add(privacyContract)
  .add(clockContract)
  .add(officeContract)
  .add(schoolYearContract)
  .add(helpersContract).methods;

export type Contract = typeof contract;
export type MethodName = keyof Contract & string;
export type Input<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type Output<M extends MethodName> = Contract[M]['output'];

export const methodNames = Object.keys(contract) as MethodName[];

export function requiredRole(method: MethodName): Role {
  return contract[method].role;
}
