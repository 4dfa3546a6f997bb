// What a child can do at the room PC without a PIN. Answers carry names only: never a phone
// number, an address, a note or another child's records.
import { z } from 'zod';
import type { ClassGroup, KioskActivity, KioskCheckResult, KioskChild, KioskChildStatus, KioskLoan, KioskPhoto } from '../domain';
import { LEAVE_MODES, TALK_WITH, type TalkWith } from '../domain';
import { returns } from '../registry';
import { channelInput } from './calls';
import { id, requiredText } from '../validation';

const childRef = z.object({ childId: id });

export const kioskContract = {
  /** Chinese, full pinyin or initials; at most 24 names. */
  'kiosk.search': returns<KioskChild[]>()('kiosk', z.object({ query: z.string().trim().max(40) })),
  'kiosk.classes': returns<ClassGroup[]>()('kiosk', z.object({})),
  'kiosk.classChildren': returns<KioskChild[]>()(
    'kiosk',
    // null for either asks for the "other" group: children whose roster row gave no grade or class.
    z.object({ grade: z.number().int().min(1).max(9).nullable(), classNo: z.number().int().min(1).max(40).nullable() }),
  ),
  /** Photos of these children (a search's answers, a class), only where her guardian consented. */
  'kiosk.photos': returns<KioskPhoto[]>()('kiosk', z.object({ childIds: z.array(id).max(120) })),
  'kiosk.status': returns<KioskChildStatus>()('kiosk', childRef),
  'kiosk.checkIn': returns<KioskCheckResult>()('kiosk', childRef),
  /** How she leaves, as she taps it; a collectorId names one of her collectors for 'guardian'. */
  'kiosk.checkOut': returns<KioskCheckResult>()(
    'kiosk',
    z.object({
      childId: id,
      leaveMode: z
        .enum(LEAVE_MODES)
        .nullish()
        .transform((v) => v ?? null),
      collectorId: id.nullish().transform((v) => v ?? null),
    }),
  ),
  /** "我想和老师说说话": a private follow-up for her surrogate parent or the counsellor; asking again adds nothing. */
  'kiosk.askToTalk': returns<{ with: TalkWith }>()('kiosk', z.object({ childId: id, with: z.enum(TALK_WITH) })),
  'kiosk.bookCall': returns<KioskChildStatus>()('kiosk', z.object({ childId: id, parentId: id, channel: channelInput })),
  'kiosk.cancelBooking': returns<KioskChildStatus>()('kiosk', childRef),
  /** Her own loans only: titles and due dates. */
  'kiosk.loans': returns<KioskLoan[]>()('kiosk', childRef),
  /** Books she has borrowed, to pick one to review. */
  'kiosk.reviewableBooks': returns<{ bookId: number; title: string }[]>()('kiosk', childRef),
  'kiosk.writeReview': returns<{ reviewId: number }>()('kiosk', z.object({ childId: id, bookId: id, text: requiredText(2000) })),
  /** What she may still join, and what she has joined. */
  'kiosk.activities': returns<KioskActivity[]>()('kiosk', z.object({ childId: id })),
  'kiosk.signUp': returns<KioskActivity>()('kiosk', z.object({ childId: id, activityId: id })),
  'kiosk.cancelSignUp': returns<KioskActivity>()('kiosk', z.object({ childId: id, activityId: id })),
};
