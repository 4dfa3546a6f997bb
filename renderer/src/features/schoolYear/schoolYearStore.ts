// The new school year's status for the admin's home, and the step's run and undo. Only here does
// the schoolYear feature call the API (besides the handover sheet's download).
import { create } from 'zustand';
import type { Input } from '../../../../shared/contract';
import type { SchoolYearPreview, SchoolYearStatus } from '../../../../shared/domain';
import { call } from '../../api';

interface SchoolYearState {
  /** null until the first answer. */
  status: SchoolYearStatus | null;
  load(): Promise<void>;
  preview(): Promise<SchoolYearPreview>;
  run(input: Input<'schoolYear.run'>): Promise<void>;
  undo(): Promise<void>;
}

export const useSchoolYear = create<SchoolYearState>((set) => ({
  status: null,
  load: async () => set({ status: await call('schoolYear.status', {}) }),
  preview: () => call('schoolYear.preview', {}),
  run: async (input) => {
    await call('schoolYear.run', input);
    set({ status: await call('schoolYear.status', {}) });
  },
  undo: async () => set({ status: await call('schoolYear.undo', {}) }),
}));
