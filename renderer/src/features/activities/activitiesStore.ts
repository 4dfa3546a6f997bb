// The room's activities and interest groups: the list, the one open in the detail drawer, its
// attendance, the children in no group, and the calls that change them. Only here does the
// activities page call the API.
import { create } from 'zustand';
import type { Input } from '../../../../shared/contract';
import type { Activity, ActivityDetail, ActivitySignup, AttendanceSheet, ChildSummary, Page, StaffMember } from '../../../../shared/domain';
import { call } from '../../api';
import { fetchPage, pageAfter, PAGE_SIZES } from '../../components/paging';
import { andReload, newestAnswer } from '../../components/serverStore';

export type ActivityInput = Input<'activities.create'>;

interface ActivitiesState {
  activities: Activity[];
  loading: boolean;
  includeArchived: boolean;
  detail: ActivityDetail | null;
  attendance: AttendanceSheet | null;
  /** The page of children in no group the tab shows, and how many there are in all. */
  notInGroup: Page<ChildSummary>;
  /** 1-based, as the table's pager counts. */
  notInGroupPage: number;
  notInGroupPageSize: number;
  staff: StaffMember[];
  setIncludeArchived(includeArchived: boolean): void;
  reload(): Promise<void>;
  loadStaff(): Promise<void>;
  open(id: number): Promise<void>;
  close(): void;
  create(input: ActivityInput): Promise<Activity>;
  update(id: number, input: ActivityInput): Promise<Activity>;
  archive(id: number): Promise<Activity>;
  enrol(activityId: number, childId: number): Promise<ActivitySignup>;
  remove(signupId: number): Promise<{ removed: ActivitySignup; promoted: ActivitySignup | null }>;
  loadAttendance(activityId: number, date: string): Promise<void>;
  mark(childId: number, present: boolean): Promise<void>;
  /** Reads the current page again; when it has emptied (the last child on it enrolled), the page before. */
  reloadNotInGroup(): Promise<void>;
  setNotInGroupPage(page: number, pageSize: number): void;
}

// The archived switch and the pager can be clicked faster than answers come: the newest fills the table.
const lists = newestAnswer();
const notInGroupPages = newestAnswer();

export const useActivities = create<ActivitiesState>((set, get) => {
  /** After a change: the list's counts, the open detail and the children in no group are stale. */
  const refresh = async (activityId: number) => {
    const open = get().detail;
    await Promise.all([get().reload(), get().reloadNotInGroup(), open && open.activity.id === activityId ? get().open(open.activity.id) : Promise.resolve()]);
  };

  return {
    activities: [],
    loading: false,
    includeArchived: false,
    detail: null,
    attendance: null,
    notInGroup: { rows: [], total: 0 },
    notInGroupPage: 1,
    notInGroupPageSize: PAGE_SIZES[0],
    staff: [],

    setIncludeArchived: (includeArchived) => {
      set({ includeArchived });
      void get().reload();
    },

    reload: () => {
      const { includeArchived } = get();
      return lists(
        () => call('activities.list', { includeArchived }),
        (activities) => set({ activities }),
        { busy: (loading) => set({ loading }) },
      );
    },

    loadStaff: async () => {
      set({ staff: await call('staff.list', { includeArchived: false }) });
    },

    open: async (id) => {
      const detail = await call('activities.get', { id });
      set((s) => ({ detail, attendance: s.detail?.activity.id === id ? s.attendance : null }));
    },

    close: () => set({ detail: null, attendance: null }),

    create: (input) => andReload(call('activities.create', input), (activity) => refresh(activity.id)),

    update: (id, input) => andReload(call('activities.update', { id, activity: input }), () => refresh(id)),

    archive: (id) => andReload(call('activities.archive', { id }), () => refresh(id)),

    enrol: (activityId, childId) => andReload(call('activities.enrol', { activityId, childId }), () => refresh(activityId)),

    remove: (signupId) => andReload(call('activities.remove', { signupId }), (result) => refresh(result.removed.activityId)),

    loadAttendance: async (activityId, date) => {
      set({ attendance: await call('activities.attendance', { activityId, date }) });
    },

    mark: async (childId, present) => {
      const sheet = get().attendance;
      if (!sheet) return;
      set({ attendance: await call('activities.markAttendance', { activityId: sheet.activityId, date: sheet.date, childId, present }) });
    },

    reloadNotInGroup: () => {
      const { notInGroupPage: page, notInGroupPageSize: pageSize } = get();
      return notInGroupPages(
        () => fetchPage((rows) => call('activities.notInGroup', rows), page, pageSize),
        (shown) => set({ notInGroupPage: shown.page, notInGroup: shown.found }),
      );
    },

    setNotInGroupPage: (page, pageSize) => {
      set({ notInGroupPage: pageAfter(page, pageSize, get().notInGroupPageSize), notInGroupPageSize: pageSize });
      void get().reloadNotInGroup();
    },
  };
});
