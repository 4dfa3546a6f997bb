// The kiosk's first download holds no antd (issue 19: antd's first render was a large part of the kiosk's
// start on a room's old PC). Every module the page imports statically from renderer/src/main.tsx is read,
// as the bundler follows them (a lazy `import()` starts a chunk of its own), and none may import antd.
// The staff shell's imports are walked the same way and must reach antd, so the walk itself is checked.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const src = path.resolve(import.meta.dirname, '../../../renderer/src');

/** `import … from 'x'`, `import 'x'` and `export … from 'x'`; not `import type`, and not `import('x')`. */
const STATIC_IMPORT = /(?:^|[;\n])\s*(?:import|export)\s+(type\s+)?(?:[\w*{}\s,]+?\s+from\s+)?['"]([^'"]+)['"]/g;

function resolve(from: string, spec: string): string | null {
  const base = path.resolve(path.dirname(from), spec);
  for (const file of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')]) {
    if (fs.existsSync(file) && fs.statSync(file).isFile()) return file;
  }
  return null;
}

/** Every package the modules reachable from `entry` import statically, with one module that imports each. */
function packagesReached(entry: string): Map<string, string> {
  const packages = new Map<string, string>();
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file) || !/\.tsx?$/.test(file)) continue;
    seen.add(file);
    for (const [, typeOnly, spec] of fs.readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
      if (typeOnly || !spec) continue;
      if (spec.startsWith('.')) {
        const next = resolve(file, spec);
        if (next) queue.push(next);
      } else if (!packages.has(spec)) packages.set(spec, path.relative(src, file));
    }
  }
  return packages;
}

const isAntd = (spec: string) => spec === 'antd' || spec.startsWith('antd/');

describe("the kiosk's first download", () => {
  it('imports no antd: only its icons', () => {
    const reached = packagesReached(path.join(src, 'main.tsx'));
    expect([...reached].filter(([spec]) => isAntd(spec))).toEqual([]);
    expect(reached.has('@ant-design/icons')).toBe(true);
    expect(reached.has('react-dom/client')).toBe(true);
  });

  it('is walked as the staff shell is, which does reach antd', () => {
    const reached = packagesReached(path.join(src, 'features/shell/StaffShell.tsx'));
    expect([...reached.keys()].some(isAntd)).toBe(true);
  });
});
