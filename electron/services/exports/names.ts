// File and folder names that every system accepts, and that never replace what is already there.
import fs from 'node:fs';
import path from 'node:path';

const LONGEST_PART = 60;

/** Characters Windows refuses in a name become '_'; no leading or trailing dots and spaces. */
export function safeName(name: string): string {
  return name
    .replace(/[\\/:*?"<>|\p{Cc}]/gu, '_')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, LONGEST_PART);
}

/** '<school>-<room>-<rest>', leaving out a part that is empty. */
export function joinName(...parts: string[]): string {
  return parts.map(safeName).filter(Boolean).join('-');
}

/** `base`, else `base-2`, `base-3`…: the first name free in `folder`, for each of the given endings. */
export function freeName(folder: string, base: string, endings: string[]): string {
  const taken = (name: string) => endings.some((ending) => fs.existsSync(path.join(folder, `${name}${ending}`)));
  let name = base;
  for (let n = 2; taken(name); n += 1) name = `${base}-${n}`;
  return name;
}

export function isDirectory(folder: string): boolean {
  try {
    return fs.statSync(folder).isDirectory();
  } catch {
    return false;
  }
}
