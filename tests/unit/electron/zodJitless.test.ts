// zod in the renderer never reaches for `new Function` (issue 18, item 4): the page's CSP has no
// 'unsafe-eval', so zod's probe for eval would log a CSP violation at every start.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const repo = path.resolve(import.meta.dirname, '../../..');
const realFunction = globalThis.Function;
afterEach(() => {
  globalThis.Function = realFunction;
});

describe('zod in the renderer', () => {
  it('is configured jitless before anything else the page imports', () => {
    const main = fs.readFileSync(path.join(repo, 'renderer', 'src', 'main.tsx'), 'utf8');
    expect(main.split('\n')[0]).toBe("import './zodConfig';");
  });

  it('parses objects without constructing a Function once configured', async () => {
    const made: string[] = [];
    // What a CSP without 'unsafe-eval' does to `new Function(...)`: refuse it (here: note and refuse).
    globalThis.Function = new Proxy(realFunction, {
      construct(_target, args: string[]) {
        made.push(args.join(','));
        throw new EvalError('Refused to evaluate a string as JavaScript');
      },
    });
    await import('../../../renderer/src/zodConfig');
    const { z } = await import('zod');
    const schema = z.object({ name: z.string(), age: z.number().int(), tags: z.array(z.object({ id: z.number() })) });
    expect(schema.parse({ name: '小明', age: 9, tags: [{ id: 1 }] })).toEqual({ name: '小明', age: 9, tags: [{ id: 1 }] });
    expect(schema.safeParse({ name: 1 }).success).toBe(false);
    expect(made).toEqual([]);
  });
});
