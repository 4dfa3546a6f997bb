// Renders resources/build/icon.svg to what each installer needs, at build time and without a download:
// icon.png (512, Linux and the window), icons/<size>x<size>.png (Linux desktop sizes) and icon.ico
// (Windows: PNG-compressed entries, which Windows Vista and later read).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

const buildDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../resources/build');
const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];

export function renderPng(svg, size) {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
}

/** An .ico holding one PNG per size. */
export function icoOf(pngs) {
  const header = Buffer.alloc(6 + 16 * pngs.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(pngs.length, 4);
  let offset = header.length;
  pngs.forEach(({ size, png }, i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, entry);
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...pngs.map((p) => p.png)]);
}

export function renderIcons(dir = buildDir) {
  const svg = readFileSync(path.join(dir, 'icon.svg'));
  mkdirSync(path.join(dir, 'icons'), { recursive: true });
  for (const size of LINUX_SIZES) writeFileSync(path.join(dir, 'icons', `${size}x${size}.png`), renderPng(svg, size));
  writeFileSync(path.join(dir, 'icon.png'), renderPng(svg, 512));
  writeFileSync(path.join(dir, 'icon.ico'), icoOf(ICO_SIZES.map((size) => ({ size, png: renderPng(svg, size) }))));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  renderIcons();
  console.log(`[icon] rendered ${path.relative(process.cwd(), buildDir)}/icon.png, icon.ico and icons/`);
}
