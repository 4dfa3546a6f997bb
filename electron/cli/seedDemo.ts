import { kioskSession } from '../session';
import { call, dbFile, dbOption, withApp, EXIT, type Command } from './common';

export const seedDemoCommand: Command = {
  args: '[--db FILE]',
  summary: 'Fill a new database with a demo room / 为新数据库生成演示数据',
  options: dbOption,
  async run({ values, out, now }) {
    const file = dbFile(values);
    out.log(`Database / 数据库: ${file}`);
    return withApp(file, now, async (app) => {
      const result = await call(app, 'setup.seedDemo', {}, kioskSession());
      if (!result.ok) {
        if (result.error.code === 'already_set_up') out.error('This database is already set up / 此数据库已完成初始设置');
        else out.error(`Could not create the demo room / 无法生成演示数据: ${result.error.code}`);
        return EXIT.failed;
      }
      out.log(`Demo room created / 演示数据已生成: ${result.value.children} children / 名儿童`);
      out.log('Staff PINs / 教职工 PIN:');
      for (const s of result.value.staff) out.log(`  ${s.role.padEnd(8)} ${s.name}\t${s.pin}`);
      return EXIT.ok;
    });
  },
};
