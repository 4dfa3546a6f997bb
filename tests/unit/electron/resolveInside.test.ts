import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveInside } from '../../../electron/resolveInside';

describe('app:// path guard', () => {
  const root = path.resolve('/opt/app/dist/renderer');

  it('serves files inside the renderer folder', () => {
    expect(resolveInside(root, '/index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveInside(root, '/assets/index-abc.js')).toBe(path.join(root, 'assets/index-abc.js'));
  });

  it('refuses paths that climb out, encoded or not', () => {
    expect(resolveInside(root, '/../../etc/passwd')).toBe(path.join(root, 'etc/passwd'));
    expect(resolveInside(root, '/%2e%2e/%2e%2e/secret')).toBe(path.join(root, 'secret'));
    expect(resolveInside(root, '/..%2F..%2Fsecret')).toBe(path.join(root, 'secret'));
    expect(resolveInside(root, '/%E0%A4%A')).toBeNull();
  });
});
