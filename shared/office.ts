// What the school office and the county see of the office database (issue 15 point 3).

/** One room's week as its counting bundle gives it. */
export interface OfficeWeekRow {
  school: string;
  room: string;
  week: string;
  revision: number;
  children: number;
  visits: number;
  calls: number;
  callsTalked: number;
  noCall30: number;
  loans: number;
  overdueBooks: number;
  signups: number;
  attendances: number;
  dutiesPlanned: number;
  dutiesCovered: number;
  /** Children a surrogate parent talked with this month (percent); null before care records. */
  careTalkShare: number | null;
}

export interface OfficeGridRoom {
  school: string;
  room: string;
  /** Per week of `weeks`: the revision of the counting bundle, or null when none came. */
  cells: (number | null)[];
  /** The first week of the run of missing weeks that reaches the last week shown, or null. */
  missingSince: string | null;
}

export interface OfficeGrid {
  weeks: string[];
  rooms: OfficeGridRoom[];
}

export const TREND_METRICS = ['visits', 'children', 'calls', 'callsTalked', 'noCall30', 'loans', 'overdueBooks', 'signups', 'attendances', 'dutiesCovered'] as const;
export type TrendMetric = (typeof TREND_METRICS)[number];

export interface OfficeTrend {
  weeks: string[];
  /** One line per room ('school · room') or school, values per week (null: no bundle). */
  series: { name: string; values: (number | null)[] }[];
  /** The county (everything stored) per week. */
  total: number[];
}

/** A room's latest week and how long it has been silent: the rooms to look at first. */
export interface OfficeAttentionRow {
  school: string;
  room: string;
  lastWeek: string;
  /** Weeks since its last bundle, counted to the latest week any room sent. */
  silentWeeks: number;
  careTalkShare: number | null;
  noCall30: number;
  missedDuties: number;
}

export interface OfficeImportLine {
  folder: string;
  school: string | null;
  room: string | null;
  week: string | null;
  revision: number | null;
  outcome: 'stored' | 'corrected' | 'history' | 'already' | 'conflict' | 'failed' | 'partial' | 'refused';
  /** For failed: the check's problems, as the office check words them. */
  problems: { kind: string; file?: string; field?: string; folder?: string; column?: string; manifest?: number; files?: number }[];
}

export interface OfficeExportResult {
  path: string;
  sheets: number;
}
