// The only way the renderer talks to the main process. Each method names its zod input schema,
// its output type and the lowest role that may call it; dispatch enforces all three.
import type { z } from 'zod';
import type { Role } from './domain';
import { activitiesMethods } from './methods/activities';
import { authMethods } from './methods/auth';
import { booksMethods } from './methods/books';
import { callsMethods } from './methods/calls';
import { careMethods } from './methods/care';
import { checkinsMethods } from './methods/checkins';
import { childrenMethods } from './methods/children';
import { clockMethods } from './methods/clock';
import { collectorsMethods } from './methods/collectors';
import { backupsMethods, exportsMethods } from './methods/exports';
import { kioskLibraryMethods, kioskMethods } from './methods/kiosk';
import { officeMethods } from './methods/office';
import { privacyMethods } from './methods/privacy';
import { rosterMethods } from './methods/roster';
import { settingsMethods } from './methods/settings';
import { setupMethods } from './methods/setup';
import { staffMethods } from './methods/staff';
import { MethodRegistry } from './registry';

export const contract = new MethodRegistry()
  .add(setupMethods)
  .add(authMethods)
  .add(settingsMethods)
  .add(staffMethods)
  .add(childrenMethods)
  .add(kioskMethods)
  .add(checkinsMethods)
  .add(callsMethods)
  .add(booksMethods)
  .add(kioskLibraryMethods)
  .add(activitiesMethods)
  .add(rosterMethods)
  .add(exportsMethods)
  .add(backupsMethods)
  .add(careMethods)
  .add(privacyMethods)
  .add(clockMethods)
  .add(collectorsMethods)
  .add(officeMethods).methods;

export type Contract = typeof contract;
export type MethodName = keyof Contract & string;
export type Input<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type Output<M extends MethodName> = Contract[M]['output'];

export const methodNames = Object.keys(contract) as MethodName[];

export function requiredRole(method: MethodName): Role {
  return contract[method].role;
}
