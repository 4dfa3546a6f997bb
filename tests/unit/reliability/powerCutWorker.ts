// The process the power-cut test kills. `seed <file>` sets up a room and exits; `run <file> <seed>`
// writes through dispatch as fast as it can (check-ins and outs, loans and returns, activity sign-ups
// and cancellations) and prints one JSON line per write dispatch acknowledged, until it is killed.
import { createApp, type App } from '../../../electron/app';
import { kioskSession, type Session } from '../../../electron/session';
import type { Input, MethodName } from '../../../shared/contract';
import { childInput } from '../fixtures';
import type { Ack } from './powerCutChecks';

const CHILDREN = 8;
const PIN = '2468';

async function must<M extends MethodName>(app: App, session: Session, method: M, input: Input<M>): Promise<void> {
  const result = await app.dispatch(method, input, session);
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
}

async function seed(app: App): Promise<void> {
  const admin = kioskSession();
  await must(app, admin, 'setup.complete', { schoolName: '青山小学', roomName: '留守儿童之家', adminName: '陈静', pin: '1234' });
  await must(app, admin, 'staff.create', { name: '王老师', role: 'teacher', pin: PIN });
  for (let i = 0; i < CHILDREN; i++) await must(app, admin, 'children.create', childInput({ name: `孩子${i + 1}`, grade: 3 + (i % 3) }));
  await must(app, admin, 'books.create', { book: { title: '小王子' }, copies: 3 });
  await must(app, admin, 'books.create', { book: { title: '草房子' }, copies: 3 });
  const window = { signupOpensAt: '2026-11-01T08:00:00+08:00', signupClosesAt: '2026-12-31T18:00:00+08:00' };
  await must(app, admin, 'activities.create', {
    kind: 'weekend',
    title: '周末手工',
    capacity: 2,
    date: '2027-01-09',
    startTime: '09:00',
    endTime: '11:00',
    ...window,
  });
  await must(app, admin, 'activities.create', {
    kind: 'weekend',
    title: '周末读书会',
    capacity: 3,
    date: '2027-01-09',
    startTime: '14:00',
    endTime: '16:00',
    ...window,
  });
}

const pick = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)];

/** A small seeded generator, so a failing run can be replayed. */
function mulberry32(seedValue: number): () => number {
  let a = seedValue >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function run(app: App, clock: Clock, random: () => number): Promise<never> {
  const staff = await app.db.selectFrom('staff').select('id').where('role', '=', 'teacher').executeTakeFirstOrThrow();
  const teacher = kioskSession();
  await must(app, teacher, 'auth.unlock', { staffId: staff.id, pin: PIN });
  const children = (await app.db.selectFrom('child').select('id').execute()).map((c) => c.id);
  const barcodes = (await app.db.selectFrom('book_copy').select('barcode').execute()).map((c) => c.barcode);
  const activities = (await app.db.selectFrom('activity').select('id').execute()).map((a) => a.id);
  const kiosk = kioskSession();
  process.stdout.write('ready\n');

  const ops: (() => [MethodName, Record<string, unknown>, Session])[] = [
    () => ['kiosk.checkIn', { childId: pick(children, random) }, kiosk],
    () => ['kiosk.checkOut', { childId: pick(children, random) }, kiosk],
    () => ['loans.lend', { barcode: pick(barcodes, random), childId: pick(children, random) }, teacher],
    () => ['loans.return', { barcode: pick(barcodes, random) }, teacher],
    () => ['kiosk.signUp', { childId: pick(children, random), activityId: pick(activities, random) }, kiosk],
    () => ['kiosk.cancelSignUp', { childId: pick(children, random), activityId: pick(activities, random) }, kiosk],
  ];
  for (;;) {
    const [op, input, session] = pick(ops, random)();
    clock.tick();
    const result = await app.dispatch(op, input, session);
    if (!result.ok) {
      // Refusals (already checked in, copy on loan, …) are part of the game; a crash is not.
      if (result.error.code === 'internal') throw new Error(`${op} answered internal`);
      continue;
    }
    const audit = await app.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.max<number>('id').as('id'))
      .executeTakeFirstOrThrow();
    const ack: Ack = { op, input, audit: audit.id };
    process.stdout.write(`${JSON.stringify(ack)}\n`);
  }
}

/** Every run carries on from the last write the file holds, 200 ms per command. */
interface Clock {
  now(): Date;
  tick(): void;
  carryOn(app: App): Promise<void>;
}

function simulatedClock(): Clock {
  let ms = Date.parse('2026-11-23T09:00:00+08:00');
  return {
    now: () => new Date(ms),
    tick: () => (ms += 200),
    async carryOn(app) {
      const last = await app.db
        .selectFrom('audit_log')
        .select((eb) => eb.fn.max<string>('created_at').as('at'))
        .executeTakeFirst();
      if (last?.at) ms = Date.parse(last.at) + 1_000;
    },
  };
}

async function main(): Promise<void> {
  const [mode, file, seedArg] = process.argv.slice(2);
  const clock = simulatedClock();
  const app = await createApp({ file, now: clock.now });
  await clock.carryOn(app);
  if (mode === 'seed') {
    await seed(app);
    await app.close();
    return;
  }
  await run(app, clock, mulberry32(Number(seedArg)));
}

main().catch((error: unknown) => {
  process.stdout.write(`error ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
