// books.labelsPdf: the chosen copies' labels as a PDF the renderer saves (labelsPdf.ts draws them).
// Only copies that are on the shelf or out on loan get a label: a lost or withdrawn copy is refused by
// the screen, so a sheet never carries a barcode the lend desk would turn away.
import type { ParsedInput } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { letterFont } from '../care/letterPdf';
import type { ServiceDeps } from '../deps';
import { readSettings } from '../settings/settings';
import { labelsPdf } from './labelsPdf';

export async function copyLabels(deps: Pick<ServiceDeps, 'db' | 'clock'>, { copyIds, startAt }: ParsedInput<'books.labelsPdf'>): Promise<{ fileName: string; base64: string }> {
  const { db, clock } = deps;
  const rows = await db.selectFrom('book_copy as c').innerJoin('book as b', 'b.id', 'c.book_id').select(['c.id', 'c.barcode', 'c.status', 'b.title']).where('c.id', 'in', copyIds).execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  const missing = copyIds.flatMap((id, i) => (byId.has(id) ? [] : [{ path: ['copyIds', i], code: 'not_found' as const }]));
  if (missing.length) throw new AppError('invalid_input', { issues: missing });
  if (rows.some((r) => r.status === 'lost' || r.status === 'withdrawn')) throw new AppError('conflict', { entity: 'label_copy_gone' });
  const settings = await readSettings(db);
  const labels = copyIds.map((id) => byId.get(id)!).map((r) => ({ barcode: r.barcode, title: r.title }));
  const bytes = await labelsPdf(labels, startAt, `${settings.schoolName} · ${settings.roomName}`, letterFont());
  return { fileName: `图书标签-${clock.today()}.pdf`, base64: bytes.toString('base64') };
}
