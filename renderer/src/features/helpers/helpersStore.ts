// The helpers page's state: the helpers, the chosen semester with its visits, aid and counts, and the
// calls that change them. Only here do the helpers screens call the API.
import { create } from 'zustand';
import type { Input } from '../../../../shared/contract';
import type { Aid, Helper, HelperCounts, HelperVisit } from '../../../../shared/domain';
import { call } from '../../api';
import { andReload, newestAnswer } from '../../components/serverStore';

export type HelperInput = Input<'helpers.create'>;
export type VisitInput = Input<'helpers.recordVisit'>;
export type AidInput = Input<'aid.create'>;

interface HelpersState {
  helpers: Helper[];
  includeArchived: boolean;
  loading: boolean;
  semesters: string[];
  semester: string | null;
  visits: HelperVisit[];
  aid: Aid[];
  counts: HelperCounts | null;
  reload(): Promise<void>;
  showArchived(includeArchived: boolean): Promise<void>;
  loadSemester(semester?: string): Promise<void>;
  create(input: HelperInput): Promise<Helper>;
  update(id: number, input: HelperInput): Promise<Helper>;
  archive(id: number, archived: boolean): Promise<Helper>;
  linkChild(helperId: number, childId: number, since: string): Promise<Helper>;
  unlinkChild(linkId: number): Promise<Helper>;
  recordVisit(input: VisitInput): Promise<HelperVisit>;
  giveAid(input: AidInput): Promise<Aid>;
  voidAid(id: number, reason: string): Promise<Aid>;
}

const lists = newestAnswer();
const semesterReads = newestAnswer();

export const useHelpers = create<HelpersState>((set, get) => {
  /** A visit or an aid moves the semester's lists and counts, and a helper's last visit. */
  const refresh = () => Promise.all([get().reload(), get().loadSemester(get().semester ?? undefined)]);

  return {
    helpers: [],
    includeArchived: false,
    loading: false,
    semesters: [],
    semester: null,
    visits: [],
    aid: [],
    counts: null,
    reload: () =>
      lists(
        () => call('helpers.list', { includeArchived: get().includeArchived }),
        (helpers) => set({ helpers }),
        { busy: (loading) => set({ loading }) },
      ),
    showArchived: async (includeArchived) => {
      set({ includeArchived });
      await get().reload();
    },
    loadSemester: (wanted) =>
      semesterReads(
        async () => {
          const semesters = await call('helpers.semesters', {});
          // Newest first, so without a choice the page opens on the latest semester (the current one).
          const semester = wanted && semesters.includes(wanted) ? wanted : semesters[0]!;
          const [visits, aid, counts] = await Promise.all([call('helpers.visits', { semester }), call('aid.list', { semester }), call('helpers.counts', { semester })]);
          return { semesters, semester, visits, aid, counts };
        },
        (value) => set(value),
      ),
    create: (input) => andReload(call('helpers.create', input), get().reload),
    update: (id, input) => andReload(call('helpers.update', { ...input, id }), get().reload),
    archive: (id, archived) => andReload(call('helpers.archive', { id, archived }), get().reload),
    linkChild: (helperId, childId, since) => andReload(call('helpers.linkChild', { helperId, childId, since }), get().reload),
    unlinkChild: (linkId) => andReload(call('helpers.unlinkChild', { linkId }), get().reload),
    recordVisit: (input) => andReload(call('helpers.recordVisit', input), refresh),
    giveAid: (input) => andReload(call('aid.create', input), refresh),
    voidAid: (id, reason) => andReload(call('aid.void', { id, reason }), refresh),
  };
});
