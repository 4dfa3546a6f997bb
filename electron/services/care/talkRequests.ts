// "我想和老师说说话" (issue 20): a child asks at the kiosk to talk to a teacher. It becomes a follow-up
// due today, with no words at all: reason 'talk' for her surrogate parent (every teacher when she has
// none), 'talk_counsellor' for the counsellor, which only counsellors and admins ever see
// (visibility.ts). Asking twice before anyone has come adds nothing.
import type { TalkWith } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import type { ServiceDeps } from '../deps';
import { insertFollowUp } from './followUps';

export function createTalkRequestsService({ db, clock, audit }: Pick<ServiceDeps, 'db' | 'clock' | 'audit'>) {
  /** Whether the room has a counsellor to ask for. */
  async function counsellorAvailable(): Promise<boolean> {
    const row = await db.selectFrom('staff').select('id').where('counsellor', '=', 1).where('archived_at', 'is', null).executeTakeFirst();
    return row !== undefined;
  }

  async function ask(childId: number, withWhom: TalkWith): Promise<{ with: TalkWith }> {
    const child = await db.selectFrom('child').select('id').where('id', '=', childId).where('archived_at', 'is', null).where('erased_at', 'is', null).executeTakeFirst();
    if (!child) throw new AppError('not_found', { entity: 'child' });
    if (withWhom === 'counsellor' && !(await counsellorAvailable())) throw new AppError('conflict', { entity: 'no_counsellor' });
    const reason = withWhom === 'counsellor' ? 'talk_counsellor' : 'talk';
    const open = await db.selectFrom('care_follow_up').select('id').where('child_id', '=', childId).where('reason', '=', reason).where('done_at', 'is', null).executeTakeFirst();
    if (open) return { with: withWhom };
    const at = clock.stamp();
    const id = await insertFollowUp(db, { childId, recordId: null, reason, note: '', dueOn: clock.today(), raisedBy: null }, at);
    // Says only that a follow-up was raised; whom she asked for is the follow-up's, seen by those it is for.
    await audit.record('kiosk.askToTalk', 'care_follow_up', id, {});
    return { with: withWhom };
  }

  return { counsellorAvailable, ask };
}
