// `reset-pin --name NAME --pin PIN [--db FILE]`: the way back in when the room's only admin forgot the
// PIN (or is locked out). Run on the PC itself: whoever can run it can already read the database file.
// Recorded in the audit log like a reset made on the staff page, with the command line as the actor.
import { PIN_PATTERN } from '../../shared/validation';
import { createAudit } from '../services/audit';
import { clockMarkOf } from '../services/clock/mark';
import { createClock } from '../services/deps';
import { readSettings } from '../services/settings/settings';
import { createStaffService } from '../services/staff/staff';
import { dbFile, dbOption, stringOption, withApp, EXIT, type Command } from './common';

const CLI_ACTOR = { role: 'cli', staffId: null } as const;

export const resetPinCommand: Command = {
  args: '--name NAME --pin PIN [--db FILE]',
  summary: 'Set a new PIN for an admin and lift a lock-out / 重设管理员的 PIN 并解除锁定',
  options: { ...dbOption, name: { type: 'string' }, pin: { type: 'string' } },
  async run({ values, out, now }) {
    const name = stringOption(values, 'name');
    const pin = stringOption(values, 'pin');
    if (!name || !pin) {
      out.error('Missing --name NAME or --pin PIN / 缺少 --name 姓名 或 --pin 新PIN');
      return EXIT.usage;
    }
    if (!PIN_PATTERN.test(pin)) {
      out.error('The PIN must be 4 to 8 digits / PIN 必须是 4 到 8 位数字');
      return EXIT.usage;
    }
    const file = dbFile(values);
    out.log(`Database / 数据库: ${file}`);
    return withApp(file, now, async (app) => {
      const settings = await readSettings(app.db);
      const mark = await clockMarkOf(app.host, app.db, settings.clockHolidayDays);
      const admins = await app.db.selectFrom('staff').select('id').where('name', '=', name).where('role', '=', 'admin').where('archived_at', 'is', null).execute();
      const admin = admins.length === 1 ? admins[0] : undefined;
      if (!admin) {
        out.error(
          admins.length === 0
            ? `No admin is called ${name} / 没有名为 ${name} 的管理员`
            : `More than one admin is called ${name}: reset on the staff page / 有多名管理员叫 ${name}，请在教职工页面重设`,
        );
        return EXIT.failed;
      }
      await app.db.transaction().execute(async (db) => {
        const clock = createClock(now, settings.timezone, () => mark.ms);
        const actor = { role: 'kiosk' as const, staffId: null, staffName: null };
        await createStaffService({ db, clock, audit: createAudit(db, clock, CLI_ACTOR), actor }).resetPin({ id: admin.id, pin });
      });
      out.log(`New PIN set for / 已重设 PIN: ${name}`);
      return EXIT.ok;
    });
  },
};
