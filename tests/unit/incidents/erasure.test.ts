// Erasing a child who left: the incidents she was in lose their texts (they name her), the other
// children's own incidents keep theirs, and every incident still counts by kind and time.
import { describe, expect, it } from 'vitest';
import { erasedName } from '../../../shared/domain';
import { her, other, privacyRoom } from '../privacy/room';

describe('incidents: erasure of a child', () => {
  it('erases the texts and names of her incidents, keeps kinds, times and the other children', async () => {
    const { t, herId, otherId } = await privacyRoom();
    t.at('2028-11-24T08:00:00+08:00');
    await t.ok(t.admin, 'privacy.erase', { childId: herId, confirmName: her.name });
    const list = await t.ok(t.admin, 'incidents.list', {});
    expect(list.rows.map((i) => [i.kind, i.occurredAt, i.children.map((c) => c.name)])).toEqual([
      ['injury', '2026-11-23T09:20:00+08:00', [erasedName(herId)]],
      ['illness', '2026-11-23T09:10:00+08:00', [other.name]],
      ['conflict', '2026-11-23T09:00:00+08:00', [erasedName(herId), other.name]],
    ]);
    const fall = await t.ok(t.admin, 'incidents.get', { id: list.rows[0]!.id });
    expect(fall).toMatchObject({
      place: null,
      whatHappened: null,
      whatWasDone: null,
      followUp: null,
      notices: [
        { whom: 'guardian', name: null },
        { whom: 'headteacher', name: null },
      ],
    });
    const quarrel = await t.ok(t.admin, 'incidents.get', { id: list.rows[2]!.id });
    expect(quarrel).toMatchObject({ whatHappened: null, voidReason: null, voided: true });
    const hers = await t.ok(t.admin, 'incidents.get', { id: list.rows[1]!.id });
    expect(hers.whatHappened).toBe(other.incident);
    expect((await t.ok(t.admin, 'incidents.list', { childId: otherId })).total).toBe(2);
  });
});
