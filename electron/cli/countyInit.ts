// county-init: prepares the county's PostgreSQL office database (runs the office migrations, which
// create the row-level security policies) and creates a school's office role, or the county's own.
// The role's password is read from OFFICE_ROLE_PASSWORD, never from the command line (ps shows it).
import { migrateOffice, openOffice } from '../office/open';
import { createCountyRole, createSchoolRole, ROLE_NAME } from '../office/roles';
import { officeTarget, shownTarget } from '../office/target';
import { EXIT, stringOption, type Command } from './common';

export const countyInitCommand: Command = {
  args: '--url URL [--school NAME --role ROLE | --county-role ROLE]',
  summary: "Prepare the county's PostgreSQL office database and its roles / 初始化县级汇总数据库及账号",
  options: { url: { type: 'string' }, school: { type: 'string' }, role: { type: 'string' }, 'county-role': { type: 'string' } },
  async run({ values, out }) {
    const target = officeTarget({ url: stringOption(values, 'url') });
    if (target.kind !== 'postgres') {
      out.error('county-init is for a PostgreSQL server / 仅用于 PostgreSQL: --url postgres://… or DATABASE_URL');
      return EXIT.usage;
    }
    const school = stringOption(values, 'school');
    const role = stringOption(values, 'role');
    const countyRole = stringOption(values, 'county-role');
    if ((school === undefined) !== (role === undefined)) {
      out.error('--school and --role go together / --school 与 --role 需同时给出');
      return EXIT.usage;
    }
    for (const name of [role, countyRole]) {
      if (name !== undefined && !ROLE_NAME.test(name)) {
        out.error(`Role names are lower-case letters, digits and _ / 账号名只能用小写字母、数字和下划线: ${name}`);
        return EXIT.usage;
      }
    }
    const password = process.env.OFFICE_ROLE_PASSWORD || null;
    const office = await openOffice(target, { migrate: false });
    try {
      await migrateOffice(office);
      out.log(`Office database ready / 汇总数据库已就绪: ${shownTarget(target)}`);
      if (school && role) {
        await createSchoolRole(office.db, school, role, password);
        out.log(`Role ${role} reads and writes only ${school} / 账号 ${role} 只能读写 ${school} 的数据`);
      }
      if (countyRole) {
        await createCountyRole(office.db, countyRole, password);
        out.log(`Role ${countyRole} reads all schools / 账号 ${countyRole} 可读取全部学校`);
      }
      if ((role || countyRole) && password === null) out.log('No OFFICE_ROLE_PASSWORD given: the role has no password / 未设置密码');
      return EXIT.ok;
    } finally {
      await office.close();
    }
  },
};
