// What the bundle worker (bundleWorker.ts) does: read one moment of the file (db/snapshot.ts) and draw
// from it, off the main thread so the room's calls go on meanwhile. A job carries only plain data: the
// checks, the choice of name and the record stay with the caller on the main thread.
import type { SessionInfo, Settings } from '../../../shared/domain';
import { withSnapshot } from '../../db/snapshot';
import { createClock } from '../deps';
import { writeBundle, type BundleInput, type WrittenBundle } from './bundle';
import { toCsv } from './csv';
import { weekDigest } from './digest';
import { weekFacts } from './facts';
import { ledgerRows, registerColumns } from './register';
import type { Table } from './sheets/types';
import { textsFor } from './texts';
import type { WeekRange } from './week';
import type { WriteOptions } from './write';
import { toXlsx } from './xlsx';

interface JobBase {
  databaseFile: string;
  /** The caller's clock read once: the worker's clock stands still at it. */
  now: number;
  settings: Settings;
}

export interface WeekJob extends JobBase {
  kind: 'week';
  actor: SessionInfo;
  range: WeekRange;
  includeContacts: boolean;
  bundle: Omit<BundleInput, 'ctx' | 'settings'>;
}

export interface WeekDrawn {
  written: WrittenBundle;
  /** The finished week's digest, from the same moment as the bundle; null for a running week. */
  digest: string | null;
}

export interface LedgerJob extends JobBase {
  kind: 'ledger';
  includeContacts: boolean;
}

export interface LedgerDrawn {
  rows: number;
  xlsx: Uint8Array;
  csv: Uint8Array;
}

/** The digests of exported weeks, for "changed since export" (changes.ts): the week's reads, off the main thread. */
export interface DigestJob extends JobBase {
  kind: 'digests';
  ranges: WeekRange[];
}

export interface DigestsDrawn {
  /** One per range, in order. */
  digests: string[];
}

export type BundleJob = WeekJob | LedgerJob | DigestJob;
export type Drawn<J extends BundleJob> = J extends WeekJob ? WeekDrawn : J extends DigestJob ? DigestsDrawn : LedgerDrawn;

/** Who reads for the digests: nobody signed in, as the scheduled export. */
const SYSTEM_READER: SessionInfo = { role: 'kiosk', staffId: null, staffName: null };

const clockOf = (job: JobBase) => createClock(() => new Date(job.now), job.settings.timezone);

/** Writes the week's bundle to `job.bundle.target` (write → verify → rename) and returns what the record needs. */
export function drawWeek(job: WeekJob, options: WriteOptions): Promise<WeekDrawn> {
  const { settings, range } = job;
  return withSnapshot(
    job.databaseFile,
    async (db) => {
      const read = { db, clock: clockOf(job), actor: job.actor };
      const ctx = { ...read, range, includeContacts: job.includeContacts, texts: textsFor(settings.language) };
      // Read once for the digest and the bundle: a district week's facts take a few hundred ms.
      const facts = await weekFacts(ctx);
      let digest: string | null = null;
      // The digest is read while the PDF is drawn beside it; the bundle's sheets then read what the
      // digest's read, so the snapshot keeps those rows.
      const written = await writeBundle({ ...job.bundle, ctx, settings }, options, facts, async () => {
        if (job.bundle.partialUpTo === null) digest = await weekDigest(read, range, facts);
      });
      return { written, digest };
    },
    { keepResults: true },
  );
}

/** Each range's digest, all from one moment of the file. */
export function drawDigests(job: DigestJob): Promise<DigestsDrawn> {
  return withSnapshot(job.databaseFile, async (db) => {
    const read = { db, clock: clockOf(job), actor: SYSTEM_READER };
    const digests: string[] = [];
    for (const range of job.ranges) digests.push(await weekDigest(read, range));
    return { digests };
  });
}

/** The register's workbook and CSV, not yet written: ledger.ts writes them beside each other. */
export async function drawLedger(job: LedgerJob): Promise<LedgerDrawn> {
  const { settings } = job;
  const clock = clockOf(job);
  const texts = textsFor(settings.language);
  const columns = registerColumns(job.includeContacts);
  const table: Table = {
    title: texts.t('sheet.ledger'),
    header: columns.map((c) => texts.t(`column.${c.key}`)),
    rows: await withSnapshot(job.databaseFile, (db) => ledgerRows({ db, clock }, columns, settings.schoolName, texts)),
    caption: texts.t('sheet.ledgerCaption', { school: settings.schoolName, room: settings.roomName, date: clock.today() }),
  };
  return { rows: table.rows.length, xlsx: await toXlsx([table], clock.now()), csv: toCsv(table.header, table.rows) };
}
