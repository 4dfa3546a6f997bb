import type { Kysely } from 'kysely';
import type { Language, Settings } from '../../../shared/domain';
import { DEFAULT_TIMEZONE } from '../../../shared/time';
import type { Database } from '../../db/schema';
import type { ServiceDeps } from '../deps';

export const DEFAULT_SETTINGS: Settings = {
  schoolName: '',
  roomName: '',
  language: 'zh-CN',
  idleLockMinutes: 5,
  timezone: DEFAULT_TIMEZONE,
  roomCapacity: 40,
  childrenPerTeacher: 15,
  teachersOnDuty: 2,
  leaveAloneFromGrade: 3,
  closingTime: '18:30',
  callLimitMinutes: 10,
  kioskReturnSeconds: 5,
  kioskVoice: true,
  videoCallPc: false,
  loanDays: 14,
  maxLoansPerChild: 2,
  maxRenewals: 2,
  reviewGrades: ['优', '良', '中', '待提高'],
  // A week is exported once it is over: by default on the Monday after, at 08:00.
  exportDay: 1,
  exportTime: '08:00',
  exportFolder: '',
  backupFolder: '',
  careTalkPeriod: 'month',
  careContactPeriod: 'month',
  careVisitPeriod: 'semester',
  careLetterPeriod: 'semester',
  retentionYears: 2,
  clockHolidayDays: 60,
  notSeenWeeks: 3,
  springTermEnd: '06-30',
  schoolYearStart: '09-01',
  lastGrade: 6,
};

/** Read without a service: the app needs settings before any command (time zone, idle lock). */
export async function readSettings(db: Kysely<Database>): Promise<Settings> {
  const rows = await db.selectFrom('setting').select(['key', 'value']).execute();
  const stored = Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value) as unknown]));
  const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(DEFAULT_SETTINGS)) {
    if (key in stored) merged[key] = stored[key];
  }
  return merged as unknown as Settings;
}

/** The settings a command began with when dispatch passed them, else read: for services that only read them. */
export async function settingsOf(deps: Pick<ServiceDeps, 'db' | 'settings'>): Promise<Settings> {
  return deps.settings ?? readSettings(deps.db);
}

export function createSettingsService({ db, clock, audit }: ServiceDeps) {
  async function update(changes: Partial<Settings>): Promise<Settings> {
    const at = clock.stamp();
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined) continue;
      const row = await db
        .insertInto('setting')
        .values({ key, value: JSON.stringify(value), created_at: at, updated_at: at })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(value), updated_at: at }))
        .returning('id')
        .executeTakeFirstOrThrow();
      await audit.record('settings.update', 'setting', row.id, { key, value });
    }
    return readSettings(db);
  }

  return {
    get: () => readSettings(db),
    update,
    setLanguage: ({ language }: { language: Language }) => update({ language }),
  };
}
