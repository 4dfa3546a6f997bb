// A query compiled once (electron/db/compiled.ts) runs each time with the values it is given: on two
// files, inside and outside a transaction, with a value used twice, beside a constant, and null; and in a
// transaction whose connection dispatch names, on that connection, answering as Kysely would.
import { describe, expect, it } from 'vitest';
import { compiledQuery, onConnection, type Slots } from '../../../electron/db/compiled';
import { createTestApp } from '../helpers';

const AT = '2026-11-23T10:00:00+08:00';

const insertRow = compiledQuery((db, slot: Slots<{ action: string; details: string | null }>) =>
  db.insertInto('audit_log').values({ actor_role: 'system', action: slot('action'), table_name: 'test', details: slot('details'), created_at: AT, updated_at: AT }),
);

/** A constant (`'test.a%'`) between two uses of one slot, so the values must land by position. */
const rowsLike = compiledQuery((db, slot: Slots<{ action: string }>) =>
  db
    .selectFrom('audit_log')
    .select(['action', 'details'])
    .where('table_name', '=', 'test')
    .where((eb) => eb.or([eb('action', '=', slot('action')), eb.and([eb('action', 'like', 'test.a%'), eb('action', '!=', slot('action'))])]))
    .orderBy('action'),
);

describe('compiledQuery', () => {
  it('puts each run its own values, on every file and in a transaction', async () => {
    const one = await createTestApp();
    const two = await createTestApp();
    await insertRow(one.app.db, { action: 'test.a1', details: 'x' });
    await two.app.db.transaction().execute((trx) => insertRow(trx, { action: 'test.b1', details: null }));
    await insertRow(one.app.db, { action: 'test.a2', details: 'y' });

    expect((await rowsLike(one.app.db, { action: 'test.a1' })).rows).toEqual([
      { action: 'test.a1', details: 'x' },
      { action: 'test.a2', details: 'y' },
    ]);
    expect((await rowsLike(one.app.db, { action: 'test.a2' })).rows).toEqual([
      { action: 'test.a1', details: 'x' },
      { action: 'test.a2', details: 'y' },
    ]);
    expect((await rowsLike(two.app.db, { action: 'test.b1' })).rows).toEqual([{ action: 'test.b1', details: null }]);
    expect((await rowsLike(two.app.db, { action: 'test.a1' })).rows).toEqual([]);
  });

  it('rolls back with the transaction it ran in', async () => {
    const t = await createTestApp();
    await expect(
      t.app.db.transaction().execute(async (trx) => {
        await insertRow(trx, { action: 'test.gone', details: '1' });
        throw new Error('undo');
      }),
    ).rejects.toThrow('undo');
    expect((await rowsLike(t.app.db, { action: 'test.gone' })).rows).toEqual([]);
  });

  it('runs on the connection named for a transaction, answering as Kysely does, and rolls back with it', async () => {
    const t = await createTestApp();
    const viaKysely = await t.app.db.transaction().execute((trx) => insertRow(trx, { action: 'test.a1', details: null }));
    const direct = await t.app.db.transaction().execute((trx) => insertRow(onConnection(trx, t.app.sqlite), { action: 'test.a2', details: 'z' }));
    expect(direct).toEqual({ rows: [], numAffectedRows: 1n, insertId: (viaKysely.insertId ?? 0n) + 1n });
    expect(viaKysely.numAffectedRows).toBe(1n);
    const read = await t.app.db.transaction().execute((trx) => rowsLike(onConnection(trx, t.app.sqlite), { action: 'test.a2' }));
    expect(read.rows).toEqual([
      { action: 'test.a1', details: null },
      { action: 'test.a2', details: 'z' },
    ]);
    await expect(
      t.app.db.transaction().execute(async (trx) => {
        await insertRow(onConnection(trx, t.app.sqlite), { action: 'test.gone', details: '1' });
        throw new Error('undo');
      }),
    ).rejects.toThrow('undo');
    expect(t.app.sqlite.prepare("select count(*) from audit_log where action = 'test.gone'").pluck().get()).toBe(0);
  });

  it('takes the named connection only for a transaction: outside one it waits its turn through Kysely', async () => {
    const one = await createTestApp();
    const two = await createTestApp();
    // Named wrongly on purpose, so where the row lands shows which way it went.
    await one.app.db.transaction().execute((trx) => insertRow(onConnection(trx, two.app.sqlite), { action: 'test.there', details: null }));
    expect((await rowsLike(two.app.db, { action: 'test.there' })).rows).toEqual([{ action: 'test.there', details: null }]);
    expect((await rowsLike(one.app.db, { action: 'test.there' })).rows).toEqual([]);
    await insertRow(onConnection(one.app.db, two.app.sqlite), { action: 'test.here', details: null });
    expect((await rowsLike(one.app.db, { action: 'test.here' })).rows).toEqual([{ action: 'test.here', details: null }]);
  });
});
