// Who may collect a child, and a check-out held for a teacher (issue 16).
import type { GuardianRelation, LeaveMode } from '../domain';

/** One entry of her file's list, in order; mayCollect false is a "may not collect" entry with its note. */
export interface Collector {
  id: number;
  name: string;
  relation: GuardianRelation | null;
  phone: string | null;
  mayCollect: boolean;
  note: string | null;
  /** Her face as a data URL (shared/photo.ts), or null. */
  photo: string | null;
}

/** Why a kiosk check-out waits for a teacher: her grade is below the setting, 事实无人抚养, or an excluded person. */
export const LEAVE_HOLD_REASONS = ['grade', 'unsupported', 'excluded'] as const;
export type LeaveHoldReason = (typeof LEAVE_HOLD_REASONS)[number];

/** A child who tapped 签退 and waits for a teacher to decide how she leaves. */
export interface LeaveWaiting {
  visitId: number;
  childId: number;
  childName: string;
  grade: number | null;
  classNo: number | null;
  request: LeaveMode | null;
  requestBy: string | null;
  heldAt: string;
  reason: LeaveHoldReason;
  /** Her list, so the teacher picks who collected her from it. */
  collectors: Collector[];
}
