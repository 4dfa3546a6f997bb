// The digest of a finished week's facts: what its bundle says, independent of the language, of
// whether contact details were asked for and of when it was written. Stored with each full bundle;
// a different digest later means the week changed since it was exported.
import type { ServiceDeps } from '../deps';
import { logTables } from './bundle';
import { weekFacts, type WeekFacts } from './facts';
import { sha256 } from './manifest';
import { textsFor } from './texts';
import type { WeekRange } from './week';

/** `facts`, when the caller has read them from the same moment (they depend on neither language nor contacts). */
export async function weekDigest(deps: Omit<ServiceDeps, 'audit'>, range: WeekRange, read?: WeekFacts): Promise<string> {
  // English and every column: a changed note or phone number changes the week whatever a bundle held.
  const ctx = { ...deps, range, includeContacts: true, texts: textsFor('en') };
  const facts = read ?? (await weekFacts(ctx));
  const tables = await logTables(ctx, facts);
  const content = { summary: facts.summary, noCall: facts.noCall, overdue: facts.overdue, tables: tables.map((t) => [t.key, t.rows]) };
  return sha256(Buffer.from(JSON.stringify(content), 'utf8'));
}
