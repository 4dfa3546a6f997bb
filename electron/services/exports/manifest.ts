// manifest.json: what the bundle holds and the SHA-256 of every other file, so the school office can
// check nothing was lost or changed on the way (shared/bundle.ts is the schema both sides read).
import crypto from 'node:crypto';
import type { z } from 'zod';
import { BUNDLE_FORMAT, MANIFEST_FILE, manifestSchema, type Manifest } from '../../../shared/bundle';

export interface BundleFile {
  name: string;
  data: Buffer;
}

export function sha256(data: Buffer): string {
  return crypto.createHash('sha256').update(data).digest('hex');
}

export function fileEntries(files: BundleFile[]): Manifest['files'] {
  return files.map((f) => ({ name: f.name, bytes: f.data.length, sha256: sha256(f.data) }));
}

/** The manifest as written: validated against the schema first, so a bundle never carries a bad one. */
export function manifestFile(fields: Omit<z.input<typeof manifestSchema>, 'format'>): { manifest: Manifest; file: BundleFile } {
  const manifest = manifestSchema.parse({ format: BUNDLE_FORMAT, ...fields });
  return { manifest, file: { name: MANIFEST_FILE, data: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8') } };
}
