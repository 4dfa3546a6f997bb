// The browser side of the bundle check: the files of a picked folder, reading only those inside a
// folder that holds a manifest.json (the office may pick a whole USB drive).
import { selectBundleFiles, type PickedFile } from '../../../../../shared/bundleCheck';

export async function readPicked(files: FileList | File[]): Promise<{ picked: PickedFile[]; skipped: number }> {
  const all = Array.from(files, (file) => ({ relativePath: file.webkitRelativePath || file.name, file }));
  const inBundles = selectBundleFiles(all);
  const picked = await Promise.all(inBundles.map(async ({ relativePath, file }) => ({ relativePath, bytes: new Uint8Array(await file.arrayBuffer()) })));
  return { picked, skipped: all.length - inBundles.length };
}
