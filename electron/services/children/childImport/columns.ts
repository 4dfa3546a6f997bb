// Which field a column of a roster is, from its header: lists of the words schools use for each field,
// and the rule that a parent's or guardian's word (父亲, 母亲, 监护人) before a field's word names that
// person's field, whether written in one cell (父亲手机) or as a group heading over it (父亲情况 / 手机).
import type { ChildImportField } from '../../../../shared/domain';

const SYNONYMS: Record<ChildImportField, readonly string[]> = {
  studentNo: ['学号', '学籍号', '全国学籍号', '学籍编号', '学生学号', 'studentno', 'student_no'],
  name: ['姓名', '学生姓名', '儿童姓名', '幼儿姓名', '学生', '名字', 'name'],
  gender: ['性别', 'gender', 'sex'],
  birthDate: ['出生日期', '出生年月', '出生年月日', '生日', '出生时间', '出生', 'birthdate', 'dateofbirth'],
  ethnicity: ['民族', 'ethnicity'],
  hukou: ['户籍所在地', '户籍地', '户籍', '户口所在地', '户口', 'hukou'],
  healthAllergies: ['过敏', '过敏史', '过敏情况', '过敏源', 'allergies'],
  // 身体状况 and 健康状况 are the survey's one-word answer (healthStatus), not these notes.
  healthConditions: ['病史', '疾病史', '既往病史', '患病情况', '疾病情况', 'healthconditions'],
  grade: ['年级', '所在年级', 'grade'],
  classNo: ['班级', '班', '班别', '年级班级', '年级班别', '所在班级', '年级及班级', 'class'],
  entryYear: ['入学年份', '入学年度', '入学年', '入学时间', '入学年月', 'entryyear'],
  situation: ['留守类型', '留守情况', '父母外出情况', '外出情况', '留守儿童类型', '父母务工情况', '父母外出务工情况', 'situation'],
  leftBehind: ['是否留守儿童', '是否留守', '是否为留守儿童', '留守儿童', 'leftbehind'],
  deFactoUnsupported: ['事实无人抚养', '是否事实无人抚养', '事实无人抚养儿童', '是否事实无人抚养儿童'],
  boarding: ['是否寄宿', '寄宿', '住校', '是否住校', '寄宿生', '是否寄宿生', 'boarding'],
  guardianName: ['监护人', '委托监护人', '实际监护人', '监护人姓名', 'guardian', 'guardianname'],
  guardianRelation: ['关系', '与儿童关系', '与学生关系', '与孩子关系', '与本人关系', '监护关系', '监护人与学生关系', '监护人与儿童关系', '监护人关系', '与监护人关系', 'guardianrelation'],
  guardianPhone: ['联系电话', '电话', '手机', '手机号', '手机号码', '联系方式', '家长电话', '家长手机', '家长联系电话', '监护人电话', 'guardianphone', 'phone'],
  guardianAddress: ['家庭住址', '住址', '地址', '家庭地址', '现住址', '居住地址', 'address'],
  guardianSituation: ['受委托监护人情况', '委托监护人情况', '监护人情况', '监护人基本情况', '监护人身体状况', '监护人年龄', '监护能力', 'guardiansituation'],
  healthStatus: ['身体状况', '健康状况', '身体健康状况', '健康情况', '身体情况', 'healthstatus'],
  incomeSource: ['家庭主要经济来源', '主要经济来源', '经济来源', '家庭经济来源', '家庭收入来源', '收入来源', 'incomesource'],
  // Also a person's word below (村委会联系人电话, 村(居)委会联系人 / 电话).
  villageContactName: ['村居委会联系人', '村委会联系人', '居委会联系人', '村干部', '村联系人', 'villagecontactname'],
  villageContactPhone: [],
  fatherName: [],
  fatherPhone: [],
  fatherCity: [],
  fatherEmployer: [],
  fatherCallTime: [],
  motherName: [],
  motherPhone: [],
  motherCity: [],
  motherEmployer: [],
  motherCallTime: [],
  // One column for both parents (方便通话时间), where the file has no column per parent.
  callTime: ['方便通话时间', '方便接电话时间', '方便联系时间', '最佳通话时间', '适合通话时间', '通话时间', '联系时间', '可通话时间', 'calltime', 'bestcalltime'],
  notes: ['备注', '说明', 'notes'],
};

/** The words for a person's fields, after the person's word (父亲务工地, 监护人电话). */
const PERSON_FIELDS = {
  Name: ['姓名', '名字', ''],
  Phone: ['电话', '手机', '联系电话', '手机号', '手机号码', '电话号码', '联系方式'],
  City: ['务工地', '务工地点', '务工城市', '外出地点', '外出务工地', '外出务工地点', '打工地', '工作地', '工作地点', '务工地址'],
  Employer: ['工作单位', '单位', '务工单位'],
  CallTime: ['方便通话时间', '方便接电话时间', '方便联系时间', '最佳通话时间', '适合通话时间', '通话时间', '联系时间', '可通话时间'],
  Relation: ['关系', '与学生关系', '与儿童关系', '与孩子关系'],
} as const;
type PersonSuffix = keyof typeof PERSON_FIELDS;

const PERSONS: Record<'father' | 'mother' | 'guardian' | 'village', (suffix: PersonSuffix) => ChildImportField | null> = {
  father: (s) => (s === 'Relation' ? null : `father${s}`),
  mother: (s) => (s === 'Relation' ? null : `mother${s}`),
  guardian: (s) => (({ Name: 'guardianName', Phone: 'guardianPhone', Relation: 'guardianRelation', City: null, Employer: null, CallTime: null }) as const)[s],
  village: (s) => (({ Name: 'villageContactName', Phone: 'villageContactPhone', Relation: null, City: null, Employer: null, CallTime: null }) as const)[s],
};
const PERSON_WORDS: [string, keyof typeof PERSONS][] = [
  ['父亲', 'father'],
  ['爸爸', 'father'],
  ['父', 'father'],
  ['母亲', 'mother'],
  ['妈妈', 'mother'],
  ['母', 'mother'],
  ['村居委会联系人', 'village'],
  ['村委会联系人', 'village'],
  ['居委会联系人', 'village'],
  ['村委会', 'village'],
  ['监护人', 'guardian'],
  ['家长', 'guardian'],
];

/** Half-width, lower case, without spaces, stars marking required columns, or bracketed hints. */
export function headerKey(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\([^)]*\)/g, '')
    .replace(/[\s*:：]/g, '')
    .toLowerCase();
}

const BY_KEY = new Map<string, ChildImportField>();
for (const [field, words] of Object.entries(SYNONYMS) as [ChildImportField, readonly string[]][]) {
  for (const word of [...words, field]) BY_KEY.set(headerKey(word), field);
}

function personField(key: string): ChildImportField | null {
  for (const [word, person] of PERSON_WORDS) {
    if (!key.startsWith(word)) continue;
    const rest = key.slice(word.length);
    for (const suffix of Object.keys(PERSON_FIELDS) as PersonSuffix[]) {
      if ((PERSON_FIELDS[suffix] as readonly string[]).includes(rest)) return PERSONS[person](suffix);
    }
  }
  return null;
}

/** The field a header names, or null. */
export function fieldOfHeader(text: string): ChildImportField | null {
  const key = headerKey(text);
  if (!key) return null;
  return BY_KEY.get(key) ?? personField(key);
}

/** A group heading over several columns (父亲情况, 监护人信息): the person's word it starts with. */
export function groupPrefix(text: string): string | null {
  const key = headerKey(text).replace(/(情况|信息|资料)$/, '');
  return PERSON_WORDS.some(([word]) => word === key) ? key : null;
}

export const PARENT_SIDES = ['father', 'mother'] as const;
export type ParentSide = (typeof PARENT_SIDES)[number];

const PERSON_LABEL = { father: '父亲', mother: '母亲' } as const;
const SUFFIX_LABEL = { Name: '姓名', Phone: '电话', City: '务工地', Employer: '工作单位', CallTime: '方便通话时间' } as const;

/** The usual header of a field, for a problem on a field the file has no column for. */
export function canonicalHeader(field: ChildImportField): string {
  const person = /^(father|mother)(Name|Phone|City|Employer|CallTime)$/.exec(field);
  if (person) return PERSON_LABEL[person[1] as ParentSide] + SUFFIX_LABEL[person[2] as keyof typeof SUFFIX_LABEL];
  return SYNONYMS[field][0] ?? field;
}
