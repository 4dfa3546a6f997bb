import path from 'node:path';

/**
 * Maps a request path to a file inside root. `..` segments (plain or percent-encoded) are folded
 * away before joining, so no request can reach outside root; a malformed encoding gives null.
 */
export function resolveInside(root: string, requestPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return null;
  }
  const target = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`);
  const rel = path.relative(root, target);
  return rel.startsWith('..') || path.isAbsolute(rel) ? null : target;
}
