// This month's letters for a whole class: one PDF to print (a page each), or one PDF per child in a
// folder the admin picked. The surrogate parent's line is one shared line for the class.
import fs from 'node:fs';
import path from 'node:path';
import type { Language, ParentLetter } from '../../../shared/domain';
import { AppError, invalid } from '../../../shared/errors';
import type { ServiceDeps } from '../deps';
import { letterFont, lettersPdf } from './letterPdf';
import { parentLetter } from './parentLetter';

export interface ClassRequest {
  grade: number;
  classNo: number;
  month: string;
  line: string;
  language: Language;
}

/** A file name Windows accepts: no reserved characters. */
export function letterFileName(letter: Pick<ParentLetter, 'month' | 'childName'>): string {
  return `${letter.month}-${letter.childName.replace(/[\\/:*?"<>|\s]/g, '_')}.pdf`;
}

async function classLetters(deps: ServiceDeps, r: ClassRequest): Promise<ParentLetter[]> {
  const children = await deps.db
    .selectFrom('child')
    .select('id')
    .where('grade', '=', r.grade)
    .where('class_no', '=', r.classNo)
    .where('archived_at', 'is', null)
    .orderBy('name_pinyin')
    .orderBy('id')
    .execute();
  const letters: ParentLetter[] = [];
  for (const c of children) letters.push(await parentLetter(deps, { childId: c.id, month: r.month, line: r.line, language: r.language }));
  return letters;
}

export async function classLettersPdf(deps: ServiceDeps, r: ClassRequest): Promise<{ fileName: string; base64: string; children: number }> {
  const letters = await classLetters(deps, r);
  if (letters.length === 0) throw new AppError('not_found', { entity: 'child' });
  const bytes = await lettersPdf(letters, r.language, letterFont());
  return { fileName: `${r.month}-${r.grade}-${r.classNo}.pdf`, base64: bytes.toString('base64'), children: letters.length };
}

export async function classLettersToFolder(deps: ServiceDeps, r: ClassRequest & { folder: string }): Promise<{ folder: string; files: string[] }> {
  if (!path.isAbsolute(r.folder)) throw invalid(['folder'], 'invalid');
  if (!fs.existsSync(r.folder) || !fs.statSync(r.folder).isDirectory()) throw new AppError('folder_missing', { path: r.folder });
  const letters = await classLetters(deps, r);
  const font = letterFont();
  const files: string[] = [];
  for (const letter of letters) {
    const file = path.join(r.folder, letterFileName(letter));
    try {
      fs.writeFileSync(file, await lettersPdf([letter], r.language, font));
    } catch (e) {
      throw new AppError('file_write_failed', { path: file, reason: e instanceof Error ? e.message : String(e) });
    }
    files.push(path.basename(file));
  }
  return { folder: r.folder, files };
}
