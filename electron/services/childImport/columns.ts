// Roster columns and the header texts schools use for them. The first alias is the canonical
// header: problems on a column the sheet lacks are reported under it, so the admin knows what to add.

export const COLUMNS = {
  studentNo: ['学号', '学籍号', 'student no', 'student_no', 'studentno'],
  name: ['姓名', '学生姓名', 'name'],
  gender: ['性别', 'gender'],
  birthDate: ['出生日期', '出生年月日', '生日', 'birth date', 'birthdate'],
  grade: ['年级', 'grade'],
  classNo: ['班级', '班', 'class'],
  situation: ['留守类型', '留守情况', 'situation'],
  deFactoUnsupported: ['事实无人抚养'],
  boarding: ['是否寄宿', '寄宿', '住校', 'boarding'],
  guardianName: ['监护人姓名', '监护人', 'guardian'],
  guardianRelation: ['监护人关系', '与监护人关系', '关系', 'guardian relation'],
  guardianPhone: ['监护人电话', '监护人联系电话', '联系电话', 'guardian phone'],
  guardianAddress: ['家庭住址', '住址', '地址', 'address'],
  fatherName: ['父亲姓名'],
  fatherPhone: ['父亲电话', '父亲联系电话'],
  fatherCity: ['父亲务工地', '父亲务工城市', '父亲外出地点'],
  fatherEmployer: ['父亲工作单位'],
  motherName: ['母亲姓名'],
  motherPhone: ['母亲电话', '母亲联系电话'],
  motherCity: ['母亲务工地', '母亲务工城市', '母亲外出地点'],
  motherEmployer: ['母亲工作单位'],
  notes: ['备注', 'notes'],
} as const satisfies Record<string, readonly string[]>;

export type Column = keyof typeof COLUMNS;

export const PARENT_SIDES = ['father', 'mother'] as const;
export type ParentSide = (typeof PARENT_SIDES)[number];

/** The parentInput field each parent column fills. */
export const PARENT_FIELDS = {
  Name: 'name',
  Phone: 'phone',
  City: 'workCity',
  Employer: 'employer',
} as const;
export type ParentColumnSuffix = keyof typeof PARENT_FIELDS;

export function parentColumn(side: ParentSide, suffix: ParentColumnSuffix): Column {
  return `${side}${suffix}`;
}

const BY_ALIAS = new Map<string, Column>();
for (const column of Object.keys(COLUMNS) as Column[]) {
  // The camelCase key itself is accepted too, for sheets exported by other tools.
  for (const alias of [...COLUMNS[column], column]) BY_ALIAS.set(alias.toLowerCase(), column);
}

export function matchHeader(text: string): Column | null {
  return BY_ALIAS.get(text.trim().toLowerCase()) ?? null;
}

export function canonicalHeader(column: Column): string {
  return COLUMNS[column][0];
}
