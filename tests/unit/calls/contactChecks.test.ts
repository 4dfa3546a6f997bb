import { describe, expect, it } from 'vitest';
import { auditText, errorOf, room } from './callsRoom';

describe('calls: contact details checked this semester', () => {
  it('lists parents not checked since the semester began, and one click records the check', async () => {
    const r = await room('2026-12-02T16:30:00+08:00');
    // The fixture's father was checked on 1 September (this semester), the mother never.
    const a = await r.child('张小明');
    await r.child('李华', {
      parents: [{ relation: 'mother', name: '刘梅', phone: '13922223333', verifiedOn: '2026-08-31' }],
    });
    const gone = await r.child('王芳');
    await r.t.ok(r.t.admin, 'children.archive', { id: gone.id, reason: '转学' });
    const listed = async () => (await r.t.ok(r.teacher, 'calls.uncheckedContacts', {})).map((c) => [c.childName, c.relation, c.verifiedOn]);
    expect(await listed()).toEqual([
      ['李华', 'mother', '2026-08-31'],
      ['张小明', 'mother', null],
    ]);
    expect(await r.t.ok(r.teacher, 'calls.markContactChecked', { parentId: a.mother })).toEqual({ parentId: a.mother, verifiedOn: '2026-12-02' });
    expect(await listed()).toEqual([['李华', 'mother', '2026-08-31']]);
    expect((await r.t.ok(r.teacher, 'children.get', { id: a.id })).parents.find((p) => p.id === a.mother)?.verifiedOn).toBe('2026-12-02');
    expect(await auditText(r.t)).toContain('calls.markContactChecked');
    expect(errorOf(await r.t.call(r.teacher, 'calls.markContactChecked', { parentId: 99_999 })).code).toBe('not_found');

    // A new semester on 1 February: the autumn checks no longer count.
    r.at('2027-02-01T09:00:00+08:00');
    expect((await listed()).map((c) => c.slice(0, 2))).toEqual([
      ['李华', 'mother'],
      ['张小明', 'father'],
      ['张小明', 'mother'],
    ]);
  });
});
