// Every contract method's implementation: one map per capability (electron/services/<cap>/methods.ts),
// joined here for dispatch. A method no capability implements does not compile.
import type { MethodName } from '../../shared/contract';
import { handlers } from '../handlers';
import { authMethods } from './auth/methods';
import { callsMethods } from './calls/methods';
import { childrenMethods } from './children/methods';
import { clockMethods } from './clock/methods';
import type { Method } from './deps';
import { kioskMethods } from './kiosk/methods';
import { libraryMethods } from './library/methods';
import { roomMethods } from './room/methods';
import { settingsMethods } from './settings/methods';
import { setupMethods } from './setup/methods';
import { staffMethods } from './staff/methods';

export const methods: { [M in MethodName]: Method<M> } = {
  ...handlers,
  ...authMethods,
  ...callsMethods,
  ...childrenMethods,
  ...clockMethods,
  ...kioskMethods,
  ...libraryMethods,
  ...roomMethods,
  ...settingsMethods,
  ...setupMethods,
  ...staffMethods,
};
