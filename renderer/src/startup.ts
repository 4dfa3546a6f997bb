// The app's questions at start-up: is the room set up, its settings, who is signed in.
import { call } from './api';
import { useAuth } from './features/auth/authStore';
import { useSettings } from './features/settings/settingsStore';

export type StartPhase = 'setup' | 'ready' | 'failed';

/** Asked together: on a room's old PC each round trip to the main process is felt at start-up. */
export async function askStartup(): Promise<StartPhase> {
  try {
    const [status] = await Promise.all([call('setup.status', {}), useSettings.getState().load(), useAuth.getState().refresh()]);
    return status.isSetUp ? 'ready' : 'setup';
  } catch {
    return 'failed';
  }
}
