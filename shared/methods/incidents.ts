// Incidents (意外事件): staff only, a teacher records. The list never carries a text; `incidents.get` does,
// and logs the reading for each child the incident involved.
import { z } from 'zod';
import { INCIDENT_KINDS, NOTICE_HOW, NOTICE_WHOM, type Incident, type IncidentSummary, type Page } from '../domain';
import { returns } from '../registry';
import { date, id, optionalText, pageInput, requiredText } from '../validation';

/** ISO-8601 with offset, as stored (2026-11-23T16:40:00+08:00). */
export const stampInput = z.string({ error: 'required' }).refine((v) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z)$/.test(v) && !Number.isNaN(Date.parse(v)), {
  error: 'date',
});

/** At most this many children in one incident (a fight in the yard, not the whole room). */
export const INCIDENT_CHILDREN_MAX = 20;

export const noticeInput = z.object({
  whom: z.enum(NOTICE_WHOM, { error: 'required' }),
  name: optionalText(40),
  toldAt: stampInput,
  how: z.enum(NOTICE_HOW, { error: 'required' }),
});

const incidentFields = {
  kind: z.enum(INCIDENT_KINDS, { error: 'required' }),
  occurredAt: stampInput,
  childIds: z
    .array(id)
    .min(1, { error: 'required' })
    .max(INCIDENT_CHILDREN_MAX, { error: 'too_many' })
    .transform((ids) => [...new Set(ids)]),
  place: optionalText(100),
  whatHappened: requiredText(2000),
  whatWasDone: optionalText(2000),
  followUp: optionalText(500),
};

export const incidentInput = z.object({ ...incidentFields, notices: z.array(noticeInput).max(10, { error: 'too_many' }).default([]) });

export const incidentsContract = {
  /** Newest first; rows carry kinds, times and children, never a text. */
  'incidents.list': returns<Page<IncidentSummary>>()('teacher', z.object({ kind: z.enum(INCIDENT_KINDS).optional(), childId: id.optional(), openFollowUp: z.boolean().default(false), ...pageInput })),
  /** One incident in full; writes an access-log row ('incident') for each child it involved. */
  'incidents.get': returns<Incident>()('teacher', z.object({ id })),
  'incidents.create': returns<Incident>()('teacher', incidentInput),
  /** By the teacher who recorded it or an admin; the notices are added one by one (`incidents.addNotice`). */
  'incidents.update': returns<Incident>()('teacher', z.object({ id, ...incidentFields })),
  'incidents.addNotice': returns<Incident>()('teacher', noticeInput.extend({ incidentId: id })),
  /** The follow-up done, on `doneOn` (today unless given). */
  'incidents.closeFollowUp': returns<Incident>()('teacher', z.object({ id, doneOn: date.optional() })),
  'incidents.void': returns<{ id: number }>()('teacher', z.object({ id, reason: requiredText(200) })),
};
