// The lecture register: this semester's lectures, the one whose attendance is open, the months without
// a lecture, and the calls that change them. Only here do the lecture screens call the API.
import { create } from 'zustand';
import type { Input } from '../../../../shared/contract';
import type { Lecture, LectureAttendance, LectureGaps } from '../../../../shared/domain';
import { call } from '../../api';
import { andReload, newestAnswer } from '../../components/serverStore';

export type LectureInput = Input<'lectures.create'>;

interface LecturesState {
  lectures: Lecture[];
  loading: boolean;
  gaps: LectureGaps | null;
  attendance: LectureAttendance | null;
  reload(): Promise<void>;
  loadGaps(): Promise<void>;
  create(input: LectureInput): Promise<Lecture>;
  update(id: number, input: LectureInput): Promise<Lecture>;
  voidLecture(id: number, reason: string): Promise<Lecture>;
  loadAttendance(lectureId: number): Promise<void>;
  mark(childId: number, present: boolean): Promise<void>;
}

const lists = newestAnswer();

export const useLectures = create<LecturesState>((set, get) => {
  /** A change moves the list's counts and may fill or open a month. */
  const refresh = () => Promise.all([get().reload(), get().loadGaps()]);

  return {
    lectures: [],
    loading: false,
    gaps: null,
    attendance: null,
    reload: () =>
      lists(
        () => call('lectures.list', {}),
        (lectures) => set({ lectures }),
        { busy: (loading) => set({ loading }) },
      ),
    loadGaps: async () => set({ gaps: await call('lectures.gaps', {}) }),
    create: (input) => andReload(call('lectures.create', input), refresh),
    update: (id, input) => andReload(call('lectures.update', { id, lecture: input }), refresh),
    voidLecture: (id, reason) => andReload(call('lectures.void', { id, reason }), refresh),
    loadAttendance: async (lectureId) => {
      set({ attendance: null });
      set({ attendance: await call('lectures.attendance', { lectureId }) });
    },
    mark: async (childId, present) => {
      const open = get().attendance;
      if (!open) return;
      const attendance = await call('lectures.markAttendance', { lectureId: open.lectureId, childId, present });
      set({ attendance });
      await get().reload();
    },
  };
});
