// The JavaScript the kiosk needs before it shows (issue 19: ≤ 800 KB): the page's module script and
// every module it preloads, read from the built renderer (dist/renderer). Staff screens, their words and
// ECharts are fetched later and counted apart. Sizes, not times: printed and saved beside the figures.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

import type { ValueFigure } from './measure';

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

export function kioskBundleSizes(dist = path.resolve(import.meta.dirname, '../../dist/renderer')): ValueFigure[] {
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const first = [...html.matchAll(/<script type="module"[^>]*src="([^"]+)"|<link rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => path.join(dist, m[1] ?? m[2] ?? ''));
  const all = fs
    .readdirSync(path.join(dist, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => path.join(dist, 'assets', f));
  const size = (files: string[]) => {
    const bytes = files.map((f) => fs.readFileSync(f));
    return [kb(bytes.reduce((n, b) => n + b.length, 0)), kb(bytes.reduce((n, b) => n + zlib.gzipSync(b).length, 0))] as const;
  };
  const [firstKb, firstGzip] = size(first);
  const [laterKb, laterGzip] = size(all.filter((f) => !first.includes(f)));
  return [
    { name: 'kiosk.first_js', value: firstKb, unit: 'KB' },
    { name: 'kiosk.first_js.gzip', value: firstGzip, unit: 'KB' },
    { name: 'staff.later_js', value: laterKb, unit: 'KB' },
    { name: 'staff.later_js.gzip', value: laterGzip, unit: 'KB' },
  ];
}
