// The register of left-behind children (台账): every child on the roll in the fields of the national
// survey, as .xlsx and the same table as CSV, for the forms schools must fill. Phones and addresses
// only when the admin asks for them.
import fs from 'node:fs';
import path from 'node:path';
import { GUARDIAN_RELATIONS, type Language, type LedgerResult } from '../../../shared/domain';
import { AppError, invalid } from '../../../shared/errors';
import { ageOn } from '../../../shared/time';
import type { ServiceDeps } from '../deps';
import { readSettings } from '../settings/settings';
import { toCsv } from './csv';
import { sha256 } from './manifest';
import { freeName, isDirectory, joinName } from './names';
import { claim, PARTIAL, removeStalePartials } from './partials';
import type { Cell, Table } from './sheets/types';
import { textsFor, type Texts } from './texts';
import { toXlsx } from './xlsx';

export interface LedgerRequest {
  folder?: string;
  includeContacts: boolean;
}

const CHINESE_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** A grade as the survey forms write it: 三年级 (Grade 3 in English). */
function gradeWord(grade: number, language: Language): string {
  return language === 'zh-CN' && CHINESE_DIGITS[grade] ? `${CHINESE_DIGITS[grade]}年级` : `Grade ${grade}`;
}

async function ledgerRows(
  { db, clock }: ServiceDeps,
  includeContacts: boolean,
  school: string,
  { t, yesNo, language }: Texts,
): Promise<Cell[][]> {
  const children = await db
    .selectFrom('child as c')
    .leftJoin('staff as s', 's.id', 'c.surrogate_staff_id')
    .selectAll('c')
    .select('s.name as surrogate_name')
    .where('c.archived_at', 'is', null)
    .where('c.erased_at', 'is', null)
    .orderBy('c.grade', (o) => o.asc().nullsLast())
    .orderBy('c.class_no', (o) => o.asc().nullsLast())
    .orderBy('c.name_pinyin')
    .orderBy('c.id')
    .execute();
  const parents = await db.selectFrom('child_parent').selectAll().where('removed_at', 'is', null).where('relation', 'in', ['father', 'mother']).orderBy('id').execute();
  const parentOf = new Map<string, (typeof parents)[number]>();
  for (const p of parents) if (!parentOf.has(`${p.child_id}:${p.relation}`)) parentOf.set(`${p.child_id}:${p.relation}`, p);
  const today = clock.today();
  const known = (relation: string) => (GUARDIAN_RELATIONS as readonly string[]).includes(relation);

  return children.map((c, i) => {
    const father = parentOf.get(`${c.id}:father`);
    const mother = parentOf.get(`${c.id}:mother`);
    const contacts = includeContacts ? [c.guardian_phone, father?.phone ?? null, mother?.phone ?? null, c.guardian_address] : [];
    return [
      i + 1,
      school,
      c.name,
      c.gender ? t(`common:enums.gender.${c.gender}`) : null,
      c.ethnicity,
      c.birth_date,
      c.birth_date ? ageOn(c.birth_date, today) : null,
      c.grade === null ? null : gradeWord(c.grade, language),
      c.class_no,
      c.student_no,
      c.situation ? t(`common:enums.situation.${c.situation}`) : null,
      yesNo(c.de_facto_unsupported === 1),
      yesNo(c.boarding === 1),
      father?.name ?? null,
      father?.work_city ?? null,
      father?.employer ?? null,
      mother?.name ?? null,
      mother?.work_city ?? null,
      mother?.employer ?? null,
      c.guardian_name,
      c.guardian_relation !== null && known(c.guardian_relation) ? t(`common:enums.guardianRelation.${c.guardian_relation}`) : c.guardian_relation,
      ...contacts,
      c.surrogate_name,
      c.consent_signed_by,
      c.consent_signed_on,
    ];
  });
}

const COLUMNS = ['no', 'school', 'name', 'gender', 'ethnicity', 'birthDate', 'age', 'grade', 'classNo', 'studentNo', 'situation', 'deFactoUnsupported', 'boarding'];
const FAMILY = ['fatherName', 'fatherWorkCity', 'fatherEmployer', 'motherName', 'motherWorkCity', 'motherEmployer', 'guardianName', 'guardianRelation'];
const CONTACTS = ['guardianPhone', 'fatherPhone', 'motherPhone', 'guardianAddress'];
const CARE = ['surrogate', 'consentSignedBy', 'consentSignedOn'];

/** Writes each file under a temporary name, reads it back, then gives it its name; undoes all on failure. */
function writeFiles(folder: string, files: { name: string; data: Buffer }[]): void {
  const done: string[] = [];
  const releases = files.map((file) => claim(path.join(folder, `${file.name}${PARTIAL}`)));
  try {
    for (const file of files) {
      const temp = path.join(folder, `${file.name}${PARTIAL}`);
      done.push(temp);
      fs.writeFileSync(temp, file.data, { flush: true });
      if (sha256(fs.readFileSync(temp)) !== sha256(file.data)) throw new AppError('file_write_failed', { path: temp, reason: 'verify' });
    }
    for (const file of files) {
      fs.renameSync(path.join(folder, `${file.name}${PARTIAL}`), path.join(folder, file.name));
      done.push(path.join(folder, file.name));
    }
  } catch (error) {
    for (const written of done) fs.rmSync(written, { force: true });
    if (error instanceof AppError) throw error;
    throw new AppError('file_write_failed', { path: path.join(folder, files[0].name) });
  } finally {
    for (const release of releases) release();
  }
}

export async function exportLedger(deps: ServiceDeps, request: LedgerRequest): Promise<LedgerResult> {
  const { db, clock, audit } = deps;
  const settings = await readSettings(db);
  const folder = request.folder || settings.exportFolder;
  if (!folder) throw invalid(['folder'], 'required');
  if (!path.isAbsolute(folder)) throw invalid(['folder'], 'invalid');
  if (!isDirectory(folder)) throw new AppError('folder_missing', { path: folder });

  removeStalePartials(folder);

  const texts = textsFor(settings.language);
  const { t } = texts;
  const columns = [...COLUMNS, ...FAMILY, ...(request.includeContacts ? CONTACTS : []), ...CARE];
  const table: Table = {
    title: t('sheet.ledger'),
    header: columns.map((c) => t(`column.${c}`)),
    rows: await ledgerRows(deps, request.includeContacts, settings.schoolName, texts),
    caption: t('sheet.ledgerCaption', { school: settings.schoolName, room: settings.roomName, date: clock.today() }),
  };
  const base = freeName(folder, joinName(settings.schoolName, settings.roomName, '台账', clock.today()), ['.xlsx', '.csv', `.xlsx${PARTIAL}`, `.csv${PARTIAL}`]);
  writeFiles(folder, [
    { name: `${base}.xlsx`, data: await toXlsx([table], clock.now()) },
    { name: `${base}.csv`, data: toCsv(table.header, table.rows) },
  ]);
  await audit.record('exports.ledger', 'child', null, { rows: table.rows.length, includeContacts: request.includeContacts });
  return { file: path.join(folder, `${base}.xlsx`), rows: table.rows.length, includeContacts: request.includeContacts };
}
