// The activities a child may join at the kiosk, and her sign-ups. Which screen shows stays in the
// kiosk store; only here does the kiosk call the activities API.
import { create } from 'zustand';
import type { KioskActivity } from '../../../../shared/domain';
import { call } from '../../api';
import { newestAnswer } from '../../components/serverStore';
import { kioskMessage } from './messages';
import { useKiosk } from './kioskStore';
import { say } from './speech';
import { signedUpWords } from './speechWords';

interface KioskActivitiesState {
  childId: number | null;
  activities: KioskActivity[];
  loading: boolean;
  open(): void;
  load(childId: number): Promise<void>;
  signUp(activityId: number): Promise<void>;
  cancel(activityId: number): Promise<void>;
}

const loads = newestAnswer();

export const useKioskActivities = create<KioskActivitiesState>((set, get) => {
  /** One sign-up or cancel; the answer replaces that card, a failure says why and reads the list again. */
  const change = async (activityId: number, method: 'kiosk.signUp' | 'kiosk.cancelSignUp'): Promise<void> => {
    const { child, busy } = useKiosk.getState();
    if (!child || busy) return;
    useKiosk.setState({ busy: true, problem: null });
    try {
      const updated = await call(method, { childId: child.id, activityId });
      set({ activities: get().activities.map((a) => (a.id === updated.id ? updated : a)) });
      if (method === 'kiosk.signUp') say((t) => signedUpWords(t, updated));
    } catch (e) {
      useKiosk.setState({ problem: kioskMessage(e) });
      await get().load(child.id);
    } finally {
      useKiosk.setState({ busy: false });
    }
  };

  return {
    childId: null,
    activities: [],
    loading: false,

    // The screen loads her list when it shows.
    open: () => useKiosk.setState({ screen: { name: 'activities' }, problem: null }),

    load: (childId) => {
      if (get().childId !== childId) set({ childId, activities: [] });
      return loads(
        () => call('kiosk.activities', { childId }),
        (activities) => set({ activities }),
        {
          busy: (loading) => set({ loading }),
          failed: (e) => useKiosk.setState({ problem: kioskMessage(e) }),
        },
      );
    },

    signUp: (activityId) => change(activityId, 'kiosk.signUp'),
    cancel: (activityId) => change(activityId, 'kiosk.cancelSignUp'),
  };
});
