// Care records: the due lists, coverage, follow-ups and birthdays the care page and the home screen
// show, and the calls that change them. Only here (and useGrowthFile/useChildRecords) does the
// care feature call the API.
import { create } from 'zustand';
import type { Input } from '../../../../shared/contract';
import type { Birthday, CareCoverage, CareRecord, DueGroup, FollowUp } from '../../../../shared/domain';
import { call } from '../../api';

export type CareInput = Input<'care.create'>;
export type Scope = 'mine' | 'all';

interface CareState {
  /** null until the first answer. */
  mine: DueGroup[] | null;
  all: DueGroup[];
  coverage: CareCoverage | null;
  followUps: FollowUp[];
  followUpScope: Scope;
  includeDone: boolean;
  birthdays: Birthday[];
  /** Bumped after every write, so open record lists know to reload. */
  version: number;
  loadMine(): Promise<void>;
  loadRoom(): Promise<void>;
  loadFollowUps(): Promise<void>;
  setFollowUpFilter(scope: Scope, includeDone: boolean): Promise<void>;
  loadBirthdays(): Promise<void>;
  create(input: CareInput): Promise<CareRecord>;
  voidRecord(id: number, reason: string): Promise<void>;
  completeFollowUp(id: number, note: string | undefined): Promise<FollowUp>;
}

export const useCare = create<CareState>((set, get) => {
  /** After a write every list may have changed; reload the ones already shown. */
  const refresh = async () => {
    set((s) => ({ version: s.version + 1 }));
    const { coverage } = get();
    await Promise.all([get().loadMine(), get().loadFollowUps(), coverage ? get().loadRoom() : Promise.resolve()]);
  };

  return {
    mine: null,
    all: [],
    coverage: null,
    followUps: [],
    followUpScope: 'mine',
    includeDone: false,
    birthdays: [],
    version: 0,

    loadMine: async () => {
      set({ mine: await call('care.dueList', { scope: 'mine' }) });
    },

    loadRoom: async () => {
      const [all, coverage] = await Promise.all([call('care.dueList', { scope: 'all' }), call('care.coverage', {})]);
      set({ all, coverage });
    },

    loadFollowUps: async () => {
      const { followUpScope, includeDone } = get();
      set({ followUps: await call('care.followUps', { scope: followUpScope, includeDone }) });
    },

    setFollowUpFilter: async (followUpScope, includeDone) => {
      set({ followUpScope, includeDone });
      await get().loadFollowUps();
    },

    loadBirthdays: async () => {
      set({ birthdays: await call('care.birthdays', {}) });
    },

    create: async (input) => {
      const record = await call('care.create', input);
      await refresh();
      return record;
    },

    voidRecord: async (id, reason) => {
      await call('care.void', { id, reason });
      await refresh();
    },

    completeFollowUp: async (id, note) => {
      const done = await call('care.completeFollowUp', { id, note });
      await refresh();
      return done;
    },
  };
});
