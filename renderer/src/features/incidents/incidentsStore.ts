// The incidents page's state: one page of the list (kinds, times, children; never a text), the incident
// opened (its text, read and logged by the main process), and the calls that change them. Only here do
// the incidents screens call the API.
import { create } from 'zustand';
import type { Input } from '../../../../shared/contract';
import type { Incident, IncidentKind, IncidentSummary, Page } from '../../../../shared/domain';
import { call } from '../../api';
import { fetchPage, pageAfter, PAGE_SIZES } from '../../components/paging';
import { newestAnswer } from '../../components/serverStore';

export type IncidentInput = Input<'incidents.create'>;
export type NoticeInput = Omit<Input<'incidents.addNotice'>, 'incidentId'>;

export interface IncidentFilter {
  kind?: IncidentKind;
  openFollowUp: boolean;
}

interface IncidentsState {
  list: Page<IncidentSummary>;
  page: { current: number; pageSize: number };
  filter: IncidentFilter;
  loading: boolean;
  /** The incident opened, in full. */
  open: Incident | null;
  reload(): Promise<void>;
  showPage(current: number, pageSize: number): Promise<void>;
  setFilter(filter: IncidentFilter): Promise<void>;
  openIncident(id: number): Promise<void>;
  close(): void;
  create(input: IncidentInput): Promise<Incident>;
  update(id: number, input: Omit<IncidentInput, 'notices'>): Promise<Incident>;
  addNotice(notice: NoticeInput): Promise<Incident>;
  closeFollowUp(): Promise<Incident>;
  voidIncident(reason: string): Promise<void>;
}

const lists = newestAnswer();

export const useIncidents = create<IncidentsState>((set, get) => {
  /** A change shows the incident as it now stands and moves the list (its follow-up, its notices). */
  const changed = async (incident: Incident): Promise<Incident> => {
    set({ open: incident });
    await get().reload();
    return incident;
  };
  const opened = (): Incident => {
    const incident = get().open;
    if (!incident) throw new Error('no incident open');
    return incident;
  };

  return {
    list: { rows: [], total: 0 },
    page: { current: 1, pageSize: PAGE_SIZES[0] },
    filter: { openFollowUp: false },
    loading: false,
    open: null,
    reload: () =>
      lists(
        () => fetchPage((rows) => call('incidents.list', { ...get().filter, ...rows }), get().page.current, get().page.pageSize),
        ({ page, found }) => set((s) => ({ list: found, page: { ...s.page, current: page } })),
        { busy: (loading) => set({ loading }) },
      ),
    showPage: async (current, pageSize) => {
      set((s) => ({ page: { current: pageAfter(current, pageSize, s.page.pageSize), pageSize } }));
      await get().reload();
    },
    setFilter: async (filter) => {
      set((s) => ({ filter, page: { ...s.page, current: 1 } }));
      await get().reload();
    },
    openIncident: async (id) => set({ open: await call('incidents.get', { id }) }),
    close: () => set({ open: null }),
    create: async (input) => {
      const incident = await call('incidents.create', input);
      await get().reload();
      return incident;
    },
    update: async (id, input) => changed(await call('incidents.update', { ...input, id })),
    addNotice: async (notice) => changed(await call('incidents.addNotice', { ...notice, incidentId: opened().id })),
    closeFollowUp: async () => changed(await call('incidents.closeFollowUp', { id: opened().id })),
    voidIncident: async (reason) => {
      await call('incidents.void', { id: opened().id, reason });
      // Closed rather than read again: each reading is a line in the children's access logs.
      set({ open: null });
      await get().reload();
    },
  };
});
