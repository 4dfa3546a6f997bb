// Care records: the due lists, coverage, follow-ups and birthdays the care page and the home screen
// show, and the calls that change them. Only here (and useGrowthFile/useChildRecords) does the
// care feature call the API.
import { create } from 'zustand';
import type { Input } from '../../../../shared/contract';
import type { Birthday, CareCoverage, CareRecord, DueChild, DueGroup, DueGroupSummary, FollowUp } from '../../../../shared/domain';
import { call } from '../../api';
import { andReload } from '../../components/serverStore';

export type CareInput = Input<'care.create'>;
export type Scope = 'mine' | 'all';

/** A group's key in the room tab: its surrogate parent's id, or 'none'. */
export const groupKey = (staffId: number | null) => (staffId === null ? 'none' : String(staffId));

interface CareState {
  /** null until the first answer. */
  mine: DueGroup[] | null;
  /** The room tab: due counts per surrogate parent (null until it opens), and the children of each group opened, by groupKey. */
  groups: DueGroupSummary[] | null;
  groupRows: Record<string, DueChild[]>;
  coverage: CareCoverage | null;
  followUps: FollowUp[];
  followUpScope: Scope;
  includeDone: boolean;
  birthdays: Birthday[];
  /** Bumped after every write, so open record lists know to reload. */
  version: number;
  loadMine(): Promise<void>;
  /** The counts and coverage afresh; groups opened before load their children again when opened. */
  loadRoom(): Promise<void>;
  loadGroup(staffId: number | null): Promise<void>;
  loadFollowUps(): Promise<void>;
  setFollowUpFilter(scope: Scope, includeDone: boolean): Promise<void>;
  loadBirthdays(): Promise<void>;
  create(input: CareInput): Promise<CareRecord>;
  voidRecord(id: number, reason: string): Promise<void>;
  completeFollowUp(id: number, note: string | undefined): Promise<FollowUp>;
}

export const useCare = create<CareState>((set, get) => {
  const loadCounts = async () => {
    const [groups, coverage] = await Promise.all([call('care.dueGroups', {}), call('care.coverage', {})]);
    set({ groups, coverage });
  };

  /** After a write every list may have changed; reload the ones already shown (the room's counts and opened groups too). */
  const refresh = async () => {
    set((s) => ({ version: s.version + 1 }));
    const { groups, groupRows } = get();
    const room = groups ? [loadCounts(), ...Object.keys(groupRows).map((key) => get().loadGroup(key === 'none' ? null : Number(key)))] : [];
    await Promise.all([get().loadMine(), get().loadFollowUps(), ...room]);
  };

  return {
    mine: null,
    groups: null,
    groupRows: {},
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
      set({ groupRows: {} });
      await loadCounts();
    },

    loadGroup: async (staffId) => {
      const lists = await call('care.dueList', { scope: 'staff', staffId });
      set((s) => ({ groupRows: { ...s.groupRows, [groupKey(staffId)]: lists.flatMap((g) => g.children) } }));
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

    create: (input) => andReload(call('care.create', input), refresh),

    voidRecord: async (id, reason) => {
      await andReload(call('care.void', { id, reason }), refresh);
    },

    completeFollowUp: (id, note) => andReload(call('care.completeFollowUp', { id, note }), refresh),
  };
});
