// Every contract method's implementation: one map per capability (electron/services/<cap>/methods.ts),
// joined here for dispatch. A method no capability implements does not compile.
import type { MethodName } from '../../shared/contract';
import { handlers } from '../handlers';
import { activitiesMethods } from './activities/methods';
import { authMethods } from './auth/methods';
import { backupsMethods } from './backups/methods';
import { careMethods } from './care/methods';
import { clockMethods } from './clock/methods';
import type { Method } from './deps';
import { dutyMethods } from './duty/methods';
import { exportsMethods } from './exports/methods';
import { libraryMethods } from './library/methods';
import { officeMethods } from './office/methods';
import { privacyMethods } from './privacy/methods';
import { settingsMethods } from './settings/methods';
import { setupMethods } from './setup/methods';
import { staffMethods } from './staff/methods';

export const methods: { [M in MethodName]: Method<M> } = {
  ...handlers,
  ...activitiesMethods,
  ...authMethods,
  ...backupsMethods,
  ...careMethods,
  ...clockMethods,
  ...dutyMethods,
  ...exportsMethods,
  ...libraryMethods,
  ...officeMethods,
  ...privacyMethods,
  ...settingsMethods,
  ...setupMethods,
  ...staffMethods,
};
