// The office database's methods (issue 15): import bundles from a folder, the views, the county sheet.
// The office PC is run by its administrator: every method needs 'admin'.
import { z } from 'zod';
import { ISO_WEEK_PATTERN } from '../domain';
import type { OfficeAttentionRow, OfficeExportResult, OfficeGrid, OfficeImportLine, OfficeServerInfo, OfficeTrend, OfficeWeekRow } from '../office';
import { TREND_METRICS } from '../office';
import { OUTSIDE_TRANSACTION, returns } from '../registry';

const folder = z
  .string({ error: 'required' })
  .trim()
  .min(1, { error: 'required' })
  .max(500, { error: 'too_long' })
  .refine((p) => !/[\0\r\n]/.test(p), { error: 'invalid' });
const week = z.string().trim().regex(ISO_WEEK_PATTERN, { error: 'invalid' });
/** No lone surrogate halves: they cannot be put in a connection string (found by the fuzz test). */
const wellFormed = (v: string) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(v);
const name = (max: number) =>
  z
    .string({ error: 'required' })
    .trim()
    .min(1, { error: 'required' })
    .max(max, { error: 'too_long' })
    .refine((v) => !/[\s/@?#%]/.test(v) && wellFormed(v), { error: 'invalid' });
const server = z.object({
  host: name(255),
  port: z.number({ error: 'required' }).int().min(1, { error: 'range' }).max(65_535, { error: 'range' }),
  database: name(63),
  user: name(63),
  /** Absent: keep the saved one (same host, port and user); '' for none. */
  password: z.string().max(200, { error: 'too_long' }).refine(wellFormed, { error: 'invalid' }).optional(),
  tls: z.boolean(),
});

/** Weeks shown; absent: the twelve weeks up to the latest any room sent. */
const span = z.object({ from: week.optional(), to: week.optional() });

export const officeContract = {
  'office.import': returns<OfficeImportLine[]>()('admin', z.object({ folder }), OUTSIDE_TRANSACTION),
  'office.grid': returns<OfficeGrid>()('admin', span, OUTSIDE_TRANSACTION),
  'office.weeks': returns<OfficeWeekRow[]>()('admin', span, OUTSIDE_TRANSACTION),
  'office.trend': returns<OfficeTrend>()('admin', span.extend({ metric: z.enum(TREND_METRICS).default('visits'), by: z.enum(['room', 'school']).default('room') }), OUTSIDE_TRANSACTION),
  'office.attention': returns<OfficeAttentionRow[]>()('admin', z.object({}), OUTSIDE_TRANSACTION),
  /** The county's sheet: one worksheet per view, headers in the room's language. */
  'office.export': returns<OfficeExportResult>()('admin', span.extend({ folder }), OUTSIDE_TRANSACTION),
  /** Settings → 汇总数据库: the county's server, or null for the file on this PC; never the password. */
  'office.server': returns<OfficeServerInfo>()('admin', z.object({}), OUTSIDE_TRANSACTION),
  /** Connects and checks the office tables; answers how many weeks' bundles this role can see. */
  'office.testServer': returns<{ bundles: number }>()('admin', server, OUTSIDE_TRANSACTION),
  /** Tests, then keeps the connection (the password sealed by safeStorage); a failing one is not saved. */
  'office.saveServer': returns<OfficeServerInfo>()('admin', server, OUTSIDE_TRANSACTION),
  /** Back to the office file on this PC. */
  'office.clearServer': returns<OfficeServerInfo>()('admin', z.object({}), OUTSIDE_TRANSACTION),
};
