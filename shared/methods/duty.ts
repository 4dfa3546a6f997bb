import { z } from 'zod';
import type { Duty, DutySignInResult, DutyStatus, Opening, PlannedVsActualRow, RosterWeek } from '../domain';
import { returns } from '../registry';
import { date, id, optionalText, pin } from '../validation';

const MAX_TERM_DAYS = 366;

const time = z.string({ error: 'required' }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'invalid' });

export const openingInput = z
  .object({
    id: id.optional(),
    weekday: z.number({ error: 'required' }).int().min(1, { error: 'range' }).max(7, { error: 'range' }),
    startTime: time,
    endTime: time,
    teachersNeeded: z.number().int().min(1, { error: 'range' }).max(10, { error: 'range' }).default(2),
  })
  .refine((o) => o.endTime > o.startTime, { error: 'range', path: ['endTime'] });

export const dutyContract = {
  'roster.openings': returns<Opening[]>()('teacher', z.object({})),
  'roster.saveOpening': returns<Opening>()('admin', openingInput),
  'roster.archiveOpening': returns<{ id: number }>()('admin', z.object({ id })),
  /** A weekly pattern repeated over a term; replaces the pattern's duties from the term start on. */
  'roster.generate': returns<{ created: number }>()(
    'admin',
    z
      .object({
        termStart: date,
        termEnd: date,
        pattern: z.array(z.object({ openingId: id, staffIds: z.array(id).max(10) })).max(50),
      })
      .refine((g) => g.termEnd >= g.termStart, { error: 'range', path: ['termEnd'] })
      // A term is months long; a typo of years would create thousands of duties in one command.
      .refine((g) => Date.parse(g.termEnd) - Date.parse(g.termStart) <= MAX_TERM_DAYS * 86_400_000, { error: 'range', path: ['termEnd'] }),
  ),
  /** Monday of the week (any date in it is accepted and moved to its Monday). */
  'roster.week': returns<RosterWeek>()('teacher', z.object({ weekStart: date })),
  /** A single-date change: add a teacher to an opening on a date, or take a duty away. */
  'roster.change': returns<Duty | { removed: number }>()(
    'admin',
    z.union([z.object({ action: z.literal('add'), date, openingId: id, staffId: id }), z.object({ action: z.literal('remove'), dutyId: id })]),
  ),
  /** Two teachers exchange two duties. */
  'roster.swap': returns<[Duty, Duty]>()('admin', z.object({ dutyA: id, dutyB: id })),

  'duty.status': returns<DutyStatus>()('teacher', z.object({})),
  /**
   * The teacher on duty confirms with her PIN; matched to today's planned duty when there is one.
   * A wrong PIN is an answer (pinCheck), not an error, so its failure count is kept: five lock the account.
   */
  'duty.signIn': returns<DutySignInResult>()('teacher', z.object({ pin })),
  'duty.signOut': returns<DutyStatus>()('teacher', z.object({ handoverNote: optionalText(1000) })),
  'duty.report': returns<PlannedVsActualRow[]>()('teacher', z.object({ from: date, to: date })),
};
