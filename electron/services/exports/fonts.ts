// pdfkit needs a font with Chinese glyphs; the app ships none, so it looks for one the system has.
// A .ttc holds several fonts: pdfkit picks one by its PostScript name.
import fs from 'node:fs';
import path from 'node:path';
import PDFDocument from 'pdfkit';

export interface FontChoice {
  file: string;
  /** PostScript name inside a .ttc; absent for a single-font file. */
  family?: string;
}

/** Where Windows, Linux and macOS keep a Chinese font, most readable first. */
export function fontCandidates(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): FontChoice[] {
  if (platform === 'win32') {
    const dir = path.join(env.WINDIR ?? env.SystemRoot ?? 'C:\\Windows', 'Fonts');
    return [
      { file: path.join(dir, 'msyh.ttc'), family: 'MicrosoftYaHei' },
      { file: path.join(dir, 'msyh.ttf') },
      { file: path.join(dir, 'simhei.ttf') },
      { file: path.join(dir, 'Deng.ttf') },
      { file: path.join(dir, 'simsun.ttc'), family: 'SimSun' },
    ];
  }
  if (platform === 'darwin') {
    return [
      { file: '/System/Library/Fonts/PingFang.ttc', family: 'PingFangSC-Regular' },
      { file: '/System/Library/Fonts/STHeiti Light.ttc', family: 'STHeitiSC-Light' },
      { file: '/System/Library/Fonts/Hiragino Sans GB.ttc', family: 'HiraginoSansGB-W3' },
      { file: '/Library/Fonts/Arial Unicode.ttf' },
    ];
  }
  return [
    { file: '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', family: 'WenQuanYiMicroHei' },
    { file: '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', family: 'WenQuanYiZenHei' },
    { file: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', family: 'NotoSansCJKsc-Regular' },
    { file: '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc', family: 'NotoSansCJKsc-Regular' },
    { file: '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc', family: 'NotoSansCJKsc-Regular' },
    { file: '/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf' },
  ];
}

/** pdfkit throws on a file it cannot read or a PostScript name the collection lacks. */
function loads(choice: FontChoice): boolean {
  if (!fs.existsSync(choice.file)) return false;
  try {
    const probe = new PDFDocument({ autoFirstPage: false });
    if (choice.family) probe.font(choice.file, choice.family);
    else probe.font(choice.file);
    return true;
  } catch {
    return false;
  }
}

let found: FontChoice | null = null;

/** The first candidate that loads, or null. Once found, the system's font is kept for the run. */
export function findChineseFont(candidates?: FontChoice[]): FontChoice | null {
  if (candidates) return candidates.find(loads) ?? null;
  found ??= fontCandidates().find(loads) ?? null;
  return found;
}
