// The wrong user (issue 8, item 3): every contract method, including ones added later, with every
// role, against the role the contract declares; and the kiosk, called on every one of its methods
// with valid inputs, never shows a phone number, an address, a note, a PIN hash or another child's
// records. PIN lock-out and the idle lock are proven in services/staff.test.ts and dispatch.test.ts.
import { describe, expect, it } from 'vitest';
import type { Session } from '../../../electron/session';
import { contract, methodNames } from '../../../shared/contract';
import { roleAtLeast, type Role } from '../../../shared/domain';
import { A, B, fresh, seededRoom, type SeededRoom } from './room';

describe('the role table', () => {
  it('answers forbidden below the role each method declares, and never at or above it', async () => {
    const room = await seededRoom();
    const counsellorIs = (await room.t.ok(fresh(room.t, room.counsellor), 'auth.session', {})).role;
    // A counsellor is a teacher with a flag, not a role of her own.
    const sessions: [string, Role, Session][] = [
      ['kiosk', 'kiosk', room.t.kiosk],
      ['teacher', 'teacher', room.teacher],
      ['counsellor', counsellorIs, room.counsellor],
      ['admin', 'admin', room.t.admin],
    ];
    expect(counsellorIs).toBe('teacher');

    const wrong: string[] = [];
    for (const method of methodNames) {
      for (const [who, role, template] of sessions) {
        const result = await room.t.app.dispatch(method, {}, fresh(room.t, template));
        const forbidden = !result.ok && result.error.code === 'forbidden';
        const allowed = roleAtLeast(role, contract[method].role);
        if (forbidden === allowed) wrong.push(`${method} as ${who}: ${JSON.stringify(result.ok ? 'ok' : result.error)}`);
      }
    }
    process.stdout.write(`\n[roles] ${methodNames.length} methods × ${sessions.length} sessions checked against the contract\n`);
    expect(wrong).toEqual([]);
  }, 120_000);
});

type KioskCalls = (room: SeededRoom) => unknown[];

/** Valid inputs for every kiosk method, in the order a child would use them. A new kiosk method needs a line here. */
const KIOSK_CALLS: Record<string, KioskCalls> = {
  'setup.status': () => [{}],
  'settings.get': () => [{}],
  'auth.session': () => [{}],
  'auth.staffNames': () => [{}],
  'auth.unlock': (r) => [{ staffId: r.teacher.staffId, pin: '0000' }],
  'auth.lock': () => [{}],
  'kiosk.search': () => [{ query: '' }, { query: '李' }, { query: 'wxg' }, { query: '小' }],
  'kiosk.classes': () => [{}],
  'kiosk.classChildren': () => [
    { grade: 4, classNo: 2 },
    { grade: 3, classNo: 1 },
  ],
  'kiosk.status': (r) => [{ childId: r.childA }],
  'kiosk.checkIn': (r) => [{ childId: r.childA }],
  'kiosk.bookCall': (r) => [{ childId: r.childA, parentId: r.aParentId }],
  'kiosk.cancelBooking': (r) => [{ childId: r.childA }],
  'kiosk.loans': (r) => [{ childId: r.childA }],
  'kiosk.reviewableBooks': (r) => [{ childId: r.childA }],
  'kiosk.writeReview': (r) => [{ childId: r.childA, bookId: r.aBookId, text: '小王子很孤单，我想和他做朋友。' }],
  'kiosk.activities': (r) => [{ childId: r.childA }],
  'kiosk.signUp': (r) => [{ childId: r.childA, activityId: r.openActivityId }],
  'kiosk.cancelSignUp': (r) => [{ childId: r.childA, activityId: r.openActivityId }],
  'kiosk.checkOut': (r) => [{ childId: r.childA }],
  'kiosk.photos': (r) => [{ childIds: [r.childA] }],
  'kiosk.askToTalk': (r) => [{ childId: r.childA, with: 'teacher' }],
};
/** On a room already set up, these refuse; their refusals must not leak either. */
const REFUSED_ONCE_SET_UP: Record<string, KioskCalls> = {
  'setup.complete': () => [{ schoolName: '某校', roomName: '某室', adminName: '某人', pin: '9999' }],
  'setup.seedDemo': () => [{}],
};

/** Every private value in the database, read from the tables, plus the markers of child B's own records. */
async function privateValues(room: SeededRoom): Promise<string[]> {
  const db = room.t.app.db;
  const children = await db.selectFrom('child').select(['guardian_phone', 'guardian_address', 'guardian_name', 'notes', 'student_no', 'consent_signed_by', 'archive_reason']).execute();
  const parents = await db.selectFrom('child_parent').select(['phone', 'name', 'employer', 'work_city', 'best_call_time']).execute();
  const notes = [
    ...(await db.selectFrom('call').select('note as v').execute()),
    ...(await db.selectFrom('visit').select('collected_by as v').execute()),
    ...(await db.selectFrom('child_collector').select('phone as v').execute()),
    ...(await db.selectFrom('child_collector').select('note as v').execute()),
    ...(await db.selectFrom('care_record').select('text as v').execute()),
    ...(await db.selectFrom('care_follow_up').select('note as v').execute()),
    ...(await db.selectFrom('duty_signin').select('handover_note as v').execute()),
    ...(await db.selectFrom('staff').select('pin_hash as v').execute()),
  ].map((r) => r.v);
  const values = [...children.flatMap((c) => Object.values(c)), ...parents.flatMap((p) => Object.values(p)), ...notes, B.bookTitle, B.reviewText];
  return [...new Set(values.filter((v): v is string => typeof v === 'string' && v.trim().length > 1))];
}

async function collectorNames(room: SeededRoom): Promise<string[]> {
  const rows = await room.t.app.db.selectFrom('child_collector').select('name').where('child_id', '=', room.childA).execute();
  return rows.map((r) => r.name).filter((n): n is string => n !== null);
}

function leaks(output: unknown, secrets: string[]): string[] {
  const text = JSON.stringify(output);
  // Phone numbers are found however they are spaced or dashed.
  const digits = text.replace(/[\s\-()]/g, '');
  return secrets.filter((s) => text.includes(s) || (/^[\d\s\-+()]+$/.test(s) && digits.includes(s.replace(/[\s\-()]/g, ''))));
}

describe('the kiosk', () => {
  it('shows no phone, address, note, PIN hash or record of another child on any of its methods', async () => {
    const room = await seededRoom();
    const secrets = await privateValues(room);
    expect(secrets).toEqual(expect.arrayContaining([A.guardianPhone, A.fatherPhone, A.address, A.notes, A.fatherName, B.callNote, B.collectedBy]));
    const otherChildren = (await room.t.app.db.selectFrom('child').select('name').where('id', '!=', room.childA).execute()).map((c) => c.name);

    const kioskMethods = methodNames.filter((m) => contract[m].role === 'kiosk');
    const covered = [...Object.keys(KIOSK_CALLS), ...Object.keys(REFUSED_ONCE_SET_UP)];
    expect(
      kioskMethods.filter((m) => !covered.includes(m)),
      'kiosk methods without a valid input in KIOSK_CALLS',
    ).toEqual([]);

    const found: string[] = [];
    let calls = 0;
    for (const [table, mustSucceed] of [
      [REFUSED_ONCE_SET_UP, false],
      [KIOSK_CALLS, true],
    ] as const) {
      for (const [method, inputs] of Object.entries(table)) {
        for (const input of inputs(room)) {
          calls += 1;
          const session = fresh(room.t, room.t.kiosk);
          const result = await room.t.app.dispatch(method, input, session);
          expect(result.ok, `${method} ${JSON.stringify(input)} → ${JSON.stringify(result)}`).toBe(mustSucceed);
          expect(session.role).toBe('kiosk');
          const aboutA = typeof input === 'object' && input !== null && 'childId' in input;
          // Her own collectors' names are shown to her on purpose: she taps who came for her (issue 16).
          const own = aboutA ? await collectorNames(room) : [];
          const looked = (aboutA ? [...secrets, ...otherChildren] : secrets).filter((v) => !own.includes(v));
          for (const leak of leaks(result, looked)) found.push(`${method}: ${leak}`);
        }
      }
    }
    process.stdout.write(`\n[kiosk] ${kioskMethods.length} kiosk methods, ${calls} calls, ${secrets.length} private values looked for\n`);
    expect(found).toEqual([]);
  }, 120_000);
});
