// manifest.json of a weekly bundle: written by the room PC (electron/services/exports), read back by
// the school office's "import bundles" screen. Plain data and zod only, so both sides share it.
import { z } from 'zod';
import { EXPORT_SHEETS, EXPORT_TRIGGERS, ISO_WEEK_PATTERN } from './domain';

export const BUNDLE_FORMAT = 1;
export const MANIFEST_FILE = 'manifest.json';

const count = z.number().int().min(0);
const MONTH = /^\d{4}-\d{2}$/;

/** The week's summary figures in the order the summary sheet lists them: the sheet, the office check and the check's screen share this list. */
export const SUMMARY_FIGURES = [
  'children',
  'visits',
  'calls',
  'callsTalked',
  'videoCalls',
  'videoCallsTalked',
  'loans',
  'returns',
  'signups',
  'attendances',
  'dutySignIns',
  'dutiesPlanned',
  'dutiesCovered',
  'noCall30Days',
  'overdueBooks',
] as const;

export const manifestSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  app: z.object({ name: z.string(), version: z.string() }),
  schemaVersion: z.number().int().positive(),
  school: z.string(),
  room: z.string(),
  week: z.string().regex(ISO_WEEK_PATTERN),
  /** Monday and Sunday of the week, local dates. */
  from: z.string(),
  to: z.string(),
  timezone: z.string(),
  /** The language of the column headers. */
  language: z.enum(['zh-CN', 'en']),
  createdAt: z.string(),
  trigger: z.enum(EXPORT_TRIGGERS),
  /** Whether phone numbers, addresses and notes were included (an admin's choice for one export). */
  includeContacts: z.boolean(),
  /**
   * Set when the week was still running at export: the bundle holds data up to this stamp and never
   * counts as the week's export. Absent in bundles written before it existed.
   */
  partialUpTo: z.string().nullable().default(null),
  /** 1 for a week's first full bundle, 2 for its first correction, and so on. */
  revision: z.number().int().positive().default(1),
  /** The folder name of the bundle of the same week this one corrects (revision > 1), else null. */
  replaces: z.string().nullable().default(null),
  sheets: z.array(z.object({ key: z.enum(EXPORT_SHEETS), title: z.string(), rows: count })),
  /** The figures of the summary sheet, so a reader needs no spreadsheet library. */
  summary: z.object({
    /** Different children who came at least once. */
    children: count,
    visits: count,
    calls: count,
    /** Calls where the child talked with a parent. */
    callsTalked: count,
    /** Of the calls, those on the video computer, and of those the ones where she talked; 0 in bundles from before video calls. */
    videoCalls: count.default(0),
    videoCallsTalked: count.default(0),
    loans: count,
    returns: count,
    signups: count,
    attendances: count,
    dutySignIns: count,
    /** Planned duties with a sign-in, of all planned duties. */
    dutiesCovered: count,
    dutiesPlanned: count,
    /** Children on the roll with no call to a parent for 30 days or more at the week's end. */
    noCall30Days: count,
    overdueBooks: count,
    daily: z.array(z.object({ date: z.string(), visits: count, children: count })),
  }),
  /**
   * The monthly-lecture rule (issue 20), counts only: lectures held in the month of the week's end up to
   * then, by topic, and the semester's months without one so far. Null in bundles written before it existed.
   */
  lectures: z
    .object({
      month: z.string().regex(MONTH),
      byTopic: z.object({ legal: count, safety: count, mental_health: count, other: count }),
      monthsWithout: z.array(z.string().regex(MONTH)),
    })
    .nullable()
    .default(null),
  /** Incidents of the week (issue 20), counts only: by kind, and follow-ups not done. Null in bundles written before it existed. */
  incidents: z
    .object({
      byKind: z.object({ injury: count, illness: count, missing: count, conflict: count, other: count }),
      openFollowUps: count,
    })
    .nullable()
    .default(null),
  /** Every other file of the bundle with its size and SHA-256 (lower-case hex). */
  files: z.array(z.object({ name: z.string(), bytes: count, sha256: z.string().regex(/^[0-9a-f]{64}$/) })),
});

export type Manifest = z.infer<typeof manifestSchema>;
export type WeekSummary = Manifest['summary'];
