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

/** The county's PostgreSQL server as Settings → 汇总数据库 keeps it (the password is never sent back). */
export interface OfficeServer {
  host: string;
  port: number;
  database: string;
  user: string;
  /** Encrypted connection (libpq's sslmode=require: encrypted, the certificate not checked against a CA). */
  tls: boolean;
}

export interface OfficeServerInfo {
  /** null: the office database is the file on this PC (office.sqlite). */
  server: OfficeServer | null;
  passwordSaved: boolean;
  /** Whether this PC can seal a password (Electron's safeStorage); without it none is saved. */
  canEncrypt: boolean;
}
