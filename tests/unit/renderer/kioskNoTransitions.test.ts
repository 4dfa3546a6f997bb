// The kiosk's CSS starts no transitions but the undo countdown's ring (issue 19). antd's buttons fade their
// colours; drawn the same way, greying a child's screen of buttons while her 签到 was on its way started up
// to 39 transitions, each a transition event through React on an old PC's main thread before her
// confirmation could show.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const kiosk = path.resolve(import.meta.dirname, '../../../renderer/src/features/kiosk');

/** Each rule of a stylesheet that declares a transition, as `selector { transition… }`. */
function transitions(file: string): string[] {
  const css = fs.readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  return [...css.matchAll(/([^{}]+)\{([^}]*)\}/g)].flatMap(([, selector, body]) =>
    [...(body ?? '').matchAll(/(?:^|;)\s*(transition[\w-]*\s*:[^;]+)/g)].map(([, declaration]) => `${(selector ?? '').trim()} { ${(declaration ?? '').trim()} }`),
  );
}

describe("the kiosk's CSS", () => {
  const sheets = fs.readdirSync(kiosk).filter((f) => f.endsWith('.css'));

  it('is read whole: the stylesheets are there and the reader finds a transition', () => {
    expect(sheets).toEqual(expect.arrayContaining(['kioskButton.css', 'screens.css', 'kiosk.css']));
    expect(transitions(path.join(kiosk, 'screens.css'))).toContain('.kiosk-ring circle { transition: stroke-dashoffset 0.3s }');
  });

  it('starts no transitions but the undo ring counting down', () => {
    const found = sheets.flatMap((f) => transitions(path.join(kiosk, f)).map((rule) => `${f}: ${rule}`));
    expect(found).toEqual(['screens.css: .kiosk-ring circle { transition: stroke-dashoffset 0.3s }']);
  });
});
