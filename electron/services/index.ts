// Every contract method's implementation: one map per capability (electron/services/<cap>/methods.ts),
// joined here for dispatch. A method no capability implements does not compile; one in two maps
// cannot be declared in two parts of the contract (shared/registry.ts).
import type { MethodName } from '../../shared/contract';
import { activitiesMethods } from './activities/methods';
import { authMethods } from './auth/methods';
import { backupsMethods } from './backups/methods';
import { callsMethods } from './calls/methods';
import { careMethods } from './care/methods';
import { childrenMethods } from './children/methods';
import { clockMethods } from './clock/methods';
import type { Method } from './deps';
import { dutyMethods } from './duty/methods';
import { exportsMethods } from './exports/methods';
import { incidentsMethods } from './incidents/methods';
import { helpersMethods } from './helpers/methods';
import { kioskMethods } from './kiosk/methods';
import { lecturesMethods } from './lectures/methods';
import { libraryMethods } from './library/methods';
import { officeMethods } from './office/methods';
import { privacyMethods } from './privacy/methods';
import { roomMethods } from './room/methods';
import { schoolYearMethods } from './schoolYear/methods';
import { settingsMethods } from './settings/methods';
import { setupMethods } from './setup/methods';
import { staffMethods } from './staff/methods';

export const methods: { [M in MethodName]: Method<M> } = {
  ...activitiesMethods,
  ...authMethods,
  ...backupsMethods,
  ...callsMethods,
  ...careMethods,
  ...childrenMethods,
  ...clockMethods,
  ...dutyMethods,
  ...exportsMethods,
  ...incidentsMethods,
  ...helpersMethods,
  ...kioskMethods,
  ...lecturesMethods,
  ...libraryMethods,
  ...officeMethods,
  ...privacyMethods,
  ...roomMethods,
  ...schoolYearMethods,
  ...settingsMethods,
  ...setupMethods,
  ...staffMethods,
};
