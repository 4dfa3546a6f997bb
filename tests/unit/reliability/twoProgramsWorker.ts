// A second program on the room's file. `migrate <file>` opens (and so migrates) it and prints its version;
// `checkins <file>` checks children in and out at the kiosk through dispatch as fast as it can, printing one
// JSON line per acknowledged write and one `failed …` line per refused one, until it is killed.
import { once } from 'node:events';
import { createApp } from '../../../electron/app';
import { openDatabase, schemaVersion } from '../../../electron/db/open';
import { kioskSession } from '../../../electron/session';

async function migrate(file: string): Promise<void> {
  const opened = await openDatabase({ file });
  process.stdout.write(`version ${schemaVersion(opened.sqlite)}\n`);
  await opened.close();
}

/**
 * One line to the test. Dispatch never leaves the microtask queue (SQLite answers synchronously), so
 * without a turn of the event loop a line the socket could not take at once (the test busy exporting)
 * stayed queued for ever, and the test waited for acknowledgements that were written but never sent.
 */
async function say(line: string): Promise<void> {
  if (!process.stdout.write(`${line}\n`)) await once(process.stdout, 'drain');
  await new Promise((resolve) => setImmediate(resolve));
}

async function checkins(file: string): Promise<void> {
  // A Monday morning, one second per write: every check-in is in opening hours.
  let at = Date.parse('2026-11-23T10:00:00+08:00');
  const app = await createApp({ file, now: () => new Date(at) });
  const children = (await app.db.selectFrom('child').select('id').orderBy('id').execute()).map((c) => c.id);
  const kiosk = kioskSession();
  process.stdout.write('ready\n');
  for (let turn = 0; ; turn++) {
    const childId = children[turn % children.length];
    const method = Math.floor(turn / children.length) % 2 === 0 ? 'kiosk.checkIn' : 'kiosk.checkOut';
    at += 1000;
    const result = await app.dispatch(method, { childId }, kiosk);
    await say(result.ok ? JSON.stringify({ method, childId, at: (result.value as { at: string }).at }) : `failed ${method} ${JSON.stringify(result.error)}`);
  }
}

const [mode, file] = process.argv.slice(2);
(mode === 'migrate' ? migrate(file) : checkins(file)).catch((error: unknown) => {
  process.stdout.write(`crashed ${String(error)}\n`);
  process.exit(1);
});
