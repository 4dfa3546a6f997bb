// Incidents (意外事件): what happened to one or more children, who was told and when, what was done,
// the follow-up. Staff only; each opening of an incident's text is logged per child (access log 'incident').

export const INCIDENT_KINDS = ['injury', 'illness', 'missing', 'conflict', 'other'] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];

/** Whom a teacher told: her guardian, a parent, the headteacher (校长), someone else. */
export const NOTICE_WHOM = ['guardian', 'parent', 'headteacher', 'other'] as const;
export type NoticeWhom = (typeof NOTICE_WHOM)[number];

export const NOTICE_HOW = ['phone', 'in_person', 'message'] as const;
export type NoticeHow = (typeof NOTICE_HOW)[number];

export interface IncidentChild {
  id: number;
  name: string;
}

export interface IncidentNotice {
  id: number;
  whom: NoticeWhom;
  /** The person's name, e.g. 王奶奶; null when the teacher did not note it. */
  name: string | null;
  toldAt: string;
  how: NoticeHow;
}

/** One row of the list: when, what kind, who; never the texts (those are read, and logged, one by one). */
export interface IncidentSummary {
  id: number;
  kind: IncidentKind;
  occurredAt: string;
  children: IncidentChild[];
  recordedByName: string;
  notices: number;
  /** A follow-up was written and is not done yet (never for a voided incident). */
  followUpOpen: boolean;
  followUpDoneOn: string | null;
  voided: boolean;
}

export interface Incident extends Omit<IncidentSummary, 'notices'> {
  place: string | null;
  whatHappened: string | null;
  whatWasDone: string | null;
  followUp: string | null;
  recordedByStaffId: number;
  notices: IncidentNotice[];
  voidedAt: string | null;
  voidReason: string | null;
  createdAt: string;
}

/** The weekly bundle's figures: counts only, never a text or a name. */
export interface IncidentCounts {
  byKind: Record<IncidentKind, number>;
  /** Follow-ups written and not done by the end of the week. */
  openFollowUps: number;
}
