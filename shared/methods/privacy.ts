// Minors' data: the access log, erasure after the retention period, a child's own data on request.
import { z } from 'zod';
import { ACCESS_KINDS, type AccessLogPage, type ChildDataExport, type ErasableChild, type ErasureResult } from '../domain';
import { OUTSIDE_TRANSACTION, returns } from '../registry';
import { id, isRealDate, requiredText } from '../validation';

const optionalDay = z.string().refine(isRealDate, { error: 'date' }).optional();

export const accessLogInput = z
  .object({
    childId: id.optional(),
    staffId: id.optional(),
    what: z.enum(ACCESS_KINDS).optional(),
    /** Local dates, both included. */
    from: optionalDay,
    to: optionalDay,
    page: z.number().int().min(1, { error: 'range' }).max(1_000_000, { error: 'range' }).default(1),
    pageSize: z.number().int().min(1, { error: 'range' }).max(200, { error: 'range' }).default(50),
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { error: 'date_range', path: ['to'] });

/** A folder on this PC, typed or pasted by the admin (a USB drive comes and goes). */
const folder = requiredText(500).refine((p) => !/[\0\r\n]/.test(p), { error: 'invalid' });

export const privacyContract = {
  /** Who opened which child's file, care records, growth file or data export; newest first. */
  'privacy.accessLog': returns<AccessLogPage>()('admin', accessLogInput),
  /** Children archived more than Settings.retentionYears ago whose data is not erased yet. */
  'privacy.erasable': returns<ErasableChild[]>()('admin', z.object({})),
  /** Irreversible: the admin types the child's name to confirm. Keeps anonymous counts. */
  'privacy.erase': returns<ErasureResult>()('admin', z.object({ childId: id, confirmName: requiredText(20) }), OUTSIDE_TRANSACTION),
  /** Everything stored about one child, as .xlsx and .json in a new folder inside `folder`. */
  /** Outside the transaction: her rows are read from a snapshot, and the access-log row is the one write. */
  'privacy.exportChild': returns<ChildDataExport>()('admin', z.object({ childId: id, folder }), OUTSIDE_TRANSACTION),
};
