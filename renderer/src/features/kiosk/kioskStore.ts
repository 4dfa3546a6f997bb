// The kiosk flow: which screen a child is on, what she found, her own status, and the calls
// behind each tap. Components read this store and call its actions; only here is the API called.
import { create } from 'zustand';
import type { CallChannel, ClassGroup, KioskCheckResult, KioskChild, KioskChildStatus, LeaveMode, TalkWith } from '../../../../shared/domain';
import { call } from '../../api';
import { toApiError } from '../../components/errors';
import { newestAnswer } from '../../components/serverStore';
import { kioskMessage } from './messages';
import { useKioskPhotos } from './photosStore';
import { say } from './speech';
import { callBookedWords, checkWords, closedWords, talkWords, undoWords } from './speechWords';

export type KioskScreen =
  | { name: 'start' }
  | { name: 'classes' }
  | { name: 'class'; grade: number | null; classNo: number | null }
  | { name: 'child' }
  /** Whom to call, on the phone or (with the room's video computer) by video. */
  | { name: 'call'; channel: CallChannel }
  /** How she leaves (LeaveScreens.tsx): alone, collected (then by whom), or to the dormitory. */
  | { name: 'leave' }
  | { name: 'leaveWho' }
  /** A few seconds to undo a mistaken 签退 before it counts (UndoScreen.tsx). */
  | { name: 'undo'; leaveMode: LeaveMode; collectorId: number | null }
  | { name: 'done'; result: KioskCheckResult }
  /** Her reading review: which book, then the writing, then a thank-you (booksStore.ts). */
  | { name: 'reviewPick' }
  | { name: 'reviewWrite'; bookId: number; title: string }
  | { name: 'reviewDone'; title: string }
  /** The activities she may join (activitiesStore.ts). */
  | { name: 'activities' }
  /** "我想和老师说说话": whom, then "a teacher will come" (TalkScreens.tsx). */
  | { name: 'talk' }
  | { name: 'talkDone'; with: TalkWith };

/** She is not in the room and today's closing time has passed: no check-in, the teacher on duty instead
 * (her screen shows the closed box, and the kiosk says so as it opens). */
export function closedToHer(child: KioskChildStatus): boolean {
  return child.checkedInAt === null && child.closedForToday;
}

type ListScreen = Extract<KioskScreen, { name: 'start' } | { name: 'class' }>;

interface KioskState {
  screen: KioskScreen;
  /** Where "back" from a child's own screen leads: the search or her class. */
  listScreen: ListScreen;
  query: string;
  results: KioskChild[];
  searched: boolean;
  classes: ClassGroup[];
  classChildren: KioskChild[];
  loading: boolean;
  child: KioskChildStatus | null;
  busy: boolean;
  /** A translated message for the child, shown kindly on the screen she is on. */
  problem: string | null;
  setQuery(query: string): void;
  search(): Promise<void>;
  openClasses(): Promise<void>;
  openClass(grade: number | null, classNo: number | null): Promise<void>;
  openChild(childId: number): Promise<void>;
  refreshChild(): Promise<void>;
  checkIn(): Promise<void>;
  openLeave(): void;
  openLeaveWho(): void;
  /** Opens the undo window; nothing is recorded until confirmCheckOut. */
  checkOut(leaveMode: LeaveMode, collectorId?: number | null): void;
  confirmCheckOut(): Promise<void>;
  undoCheckOut(): void;
  openCall(channel: CallChannel): void;
  /** With a counsellor in the room she chooses whom; else her teacher is asked at once. */
  openTalk(): Promise<void>;
  askToTalk(withWhom: TalkWith): Promise<void>;
  bookCall(parentId: number): Promise<void>;
  cancelBooking(): Promise<void>;
  back(): void;
  home(): void;
  dismissProblem(): void;
}

const START: KioskScreen = { name: 'start' };

export const isOneLetter = (query: string) => /^[a-z]$/i.test(query.trim());
// Typing fast sends several searches, and a tap may open another list before the first came: only
// the newest answer may fill the screen, and going home drops those still on their way.
const searches = newestAnswer();
const lists = newestAnswer();

type ChildOpenedListener = (childId: number) => void;
const childOpened = new Set<ChildOpenedListener>();

/** Called as a child's screen is asked for, alongside her status: her books (booksStore.ts) load in the
 * same moment rather than after her screen shows, so they neither pop in late nor compete with her 签到. */
export function onChildOpened(listener: ChildOpenedListener): void {
  childOpened.add(listener);
}

export const useKiosk = create<KioskState>((set, get) => {
  /** Runs one child action; on failure shows the message and re-reads her status. */
  const childAction = async (action: (childId: number) => Promise<void>): Promise<void> => {
    const child = get().child;
    if (!child || get().busy) return;
    set({ busy: true, problem: null });
    try {
      await action(child.id);
    } catch (e) {
      set({ problem: kioskMessage(e), screen: { name: 'child' } });
      await get().refreshChild();
    } finally {
      set({ busy: false });
    }
  };

  const loadList = <T>(load: () => Promise<T>, apply: (value: T) => void): Promise<void> => {
    set({ problem: null });
    return lists(load, apply, { busy: (loading) => set({ loading }), failed: (e) => set({ problem: kioskMessage(e) }) });
  };

  return {
    screen: START,
    listScreen: { name: 'start' },
    query: '',
    results: [],
    searched: false,
    classes: [],
    classChildren: [],
    loading: false,
    child: null,
    busy: false,
    problem: null,

    setQuery: (query) => set({ query }),

    search: async () => {
      const query = get().query.trim();
      // One letter would list most of the school: StartScreen asks her to keep typing instead.
      if (!query || isOneLetter(query)) {
        searches.drop();
        set({ results: [], searched: false });
        return;
      }
      await searches(
        () => call('kiosk.search', { query: query.slice(0, 40) }),
        (results) => set({ results, searched: true }),
        { failed: (e) => set({ problem: kioskMessage(e) }) },
      );
    },

    openClasses: async () => {
      set({ screen: { name: 'classes' }, classes: [] });
      await loadList(
        () => call('kiosk.classes', {}),
        (classes) => set({ classes }),
      );
    },

    openClass: async (grade, classNo) => {
      const screen = { name: 'class', grade, classNo } as const;
      set({ screen, listScreen: screen, classChildren: [] });
      await loadList(
        () => call('kiosk.classChildren', { grade, classNo }),
        (classChildren) => set({ classChildren }),
      );
    },

    openChild: async (childId) => {
      if (get().busy) return;
      const from = get().screen;
      set({ busy: true, problem: null });
      childOpened.forEach((listener) => listener(childId));
      try {
        const child = await call('kiosk.status', { childId });
        set({ child, screen: { name: 'child' }, listScreen: from.name === 'class' ? from : { name: 'start' } });
        if (closedToHer(child)) say(closedWords);
      } catch (e) {
        set({ problem: kioskMessage(e) });
      } finally {
        set({ busy: false });
      }
    },

    refreshChild: async () => {
      const child = get().child;
      if (!child) return;
      try {
        const fresh = await call('kiosk.status', { childId: child.id });
        if (get().child?.id === fresh.id) set({ child: fresh });
      } catch (e) {
        // She is gone from the list (archived meanwhile): back to the start, saying why.
        if (toApiError(e).code === 'not_found') set({ screen: START, child: null, problem: kioskMessage(e) });
      }
    },

    checkIn: () =>
      childAction(async (childId) => {
        const result = await call('kiosk.checkIn', { childId });
        set({ screen: { name: 'done', result } });
        say((t) => checkWords(t, result));
      }),

    openLeave: () => set({ screen: { name: 'leave' }, problem: null }),
    openLeaveWho: () => set({ screen: { name: 'leaveWho' }, problem: null }),

    checkOut: (leaveMode, collectorId = null) => {
      if (!get().child || get().busy) return;
      set({ screen: { name: 'undo', leaveMode, collectorId }, problem: null });
      say(undoWords);
    },

    confirmCheckOut: () => {
      const screen = get().screen;
      if (screen.name !== 'undo') return Promise.resolve();
      return childAction(async (childId) => {
        const result = await call('kiosk.checkOut', { childId, leaveMode: screen.leaveMode, collectorId: screen.collectorId });
        set({ screen: { name: 'done', result } });
        say((t) => checkWords(t, result));
      });
    },

    undoCheckOut: () => {
      if (get().screen.name === 'undo' && !get().busy) set({ screen: { name: 'child' }, problem: null });
    },

    openCall: (channel) => set({ screen: { name: 'call', channel }, problem: null }),

    openTalk: () => {
      if (get().child?.counsellor) {
        set({ screen: { name: 'talk' }, problem: null });
        return Promise.resolve();
      }
      return get().askToTalk('teacher');
    },

    askToTalk: (withWhom) =>
      childAction(async (childId) => {
        await call('kiosk.askToTalk', { childId, with: withWhom });
        set({ screen: { name: 'talkDone', with: withWhom } });
        say(talkWords);
      }),

    bookCall: (parentId) =>
      childAction(async (childId) => {
        const screen = get().screen;
        const channel = screen.name === 'call' ? screen.channel : 'phone';
        const child = await call('kiosk.bookCall', { childId, parentId, channel });
        set({ child, screen: { name: 'child' } });
        const position = child.booking?.position;
        if (position !== undefined) say((t) => callBookedWords(t, position));
      }),

    cancelBooking: () =>
      childAction(async (childId) => {
        const child = await call('kiosk.cancelBooking', { childId });
        set({ child });
      }),

    back: () => {
      const { screen, listScreen } = get();
      set({ problem: null });
      if (screen.name === 'call' || screen.name === 'undo' || screen.name === 'reviewPick' || screen.name === 'activities' || screen.name === 'leave' || screen.name === 'talk')
        set({ screen: { name: 'child' } });
      else if (screen.name === 'leaveWho') set({ screen: { name: 'leave' } });
      else if (screen.name === 'reviewWrite') set({ screen: { name: 'reviewPick' } });
      else if (screen.name === 'class') set({ screen: { name: 'classes' } });
      else if (screen.name === 'child' && listScreen.name === 'class') void get().openClass(listScreen.grade, listScreen.classNo);
      else if (screen.name === 'child') {
        set({ screen: START, child: null });
        void get().search();
      } else get().home();
    },

    home: () => {
      searches.drop();
      lists.drop();
      useKioskPhotos.getState().forget();
      set({
        screen: START,
        listScreen: { name: 'start' },
        query: '',
        results: [],
        searched: false,
        classChildren: [],
        child: null,
        loading: false,
        problem: null,
      });
    },

    dismissProblem: () => set({ problem: null }),
  };
});

// Every note of a problem is said aloud too, whichever store set it: the children who need the kiosk's
// voice cannot read the note.
useKiosk.subscribe((state, before) => {
  const { problem } = state;
  if (problem !== null && problem !== before.problem) say(() => problem);
});
