// The room's helpers and the aid given to children (issue 20, point 6).

export const HELPER_KINDS = ['volunteer', 'caring_mother'] as const;
export type HelperKind = (typeof HELPER_KINDS)[number];

export const AID_KINDS = ['school_supplies', 'clothes', 'money', 'food', 'other'] as const;
export type AidKind = (typeof AID_KINDS)[number];

/** A child a helper looks after, since a date; endedOn set when she stopped. */
export interface HelperChild {
  linkId: number;
  childId: number;
  childName: string;
  grade: number | null;
  classNo: number | null;
  since: string;
  endedOn: string | null;
}

export interface Helper {
  id: number;
  name: string;
  phone: string | null;
  kind: HelperKind;
  organisation: string | null;
  note: string | null;
  archivedAt: string | null;
  /** The children she helps now (links not ended). */
  children: HelperChild[];
  /** Her most recent visit's date, or null. */
  lastVisitOn: string | null;
  visits: number;
}

export interface HelperVisit {
  id: number;
  helperId: number;
  helperName: string;
  date: string;
  what: string | null;
  children: { id: number; name: string }[];
  staffName: string | null;
}

export interface Aid {
  id: number;
  kind: AidKind;
  description: string;
  /** Money in yuan (two decimals), or null. */
  amountYuan: number | null;
  quantity: number | null;
  date: string;
  donor: string | null;
  staffName: string | null;
  children: { id: number; name: string; grade: number | null; classNo: number | null }[];
  voidedAt: string | null;
  voidReason: string | null;
}

/** A semester's figures: aid by kind (voided aid left out), the children reached, the helpers' visits. */
export interface HelperCounts {
  semester: string;
  aid: { kind: AidKind; records: number; children: number; amountYuan: number; quantity: number }[];
  /** Different children who received aid or were named on a helper's visit. */
  childrenReached: number;
  aidChildren: number;
  visits: number;
  /** Helpers (not archived) at the semester's end or now. */
  helpers: number;
}
