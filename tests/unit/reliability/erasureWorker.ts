// `<file> <childId> <name>`: erases a child as the admin (PIN 1234) two years after she left, saying
// `vacuum` the moment the file's rewrite begins, so the test can cut the power then.
import fs from 'node:fs';
import { createApp } from '../../../electron/app';
import { kioskSession } from '../../../electron/session';

async function main(file: string, childId: number, name: string): Promise<void> {
  const app = await createApp({ file, now: () => new Date('2028-11-24T08:00:00+08:00') });
  const exec = app.sqlite.exec.bind(app.sqlite);
  app.sqlite.exec = (source: string) => {
    // Synchronously: the rewrite blocks the event loop, so a buffered write would come too late.
    if (source === 'VACUUM') fs.writeSync(1, 'vacuum\n');
    return exec(source);
  };
  const admin = kioskSession();
  const staff = await app.db.selectFrom('staff').select('id').where('role', '=', 'admin').executeTakeFirstOrThrow();
  const unlocked = await app.dispatch('auth.unlock', { staffId: staff.id, pin: '1234' }, admin);
  const erased = await app.dispatch('privacy.erase', { childId, confirmName: name }, admin);
  process.stdout.write(`${JSON.stringify({ unlocked: unlocked.ok, erased })}\n`);
  await app.close();
}

const [file, childId, name] = process.argv.slice(2);
main(file, Number(childId), name).catch((error: unknown) => {
  process.stdout.write(`crashed ${String(error)}\n`);
  process.exit(1);
});
