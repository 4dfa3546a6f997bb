import { describe, expect, it } from 'vitest';
import { alwaysReload, andReload, newestAnswer } from '../../../renderer/src/components/serverStore';

/** A promise settled from outside, to answer requests in an order the test chooses. */
function pending<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('server data in the stores', () => {
  it('keeps only the newest answer, and the spinner runs until it comes', async () => {
    const load = newestAnswer();
    const shown: string[] = [];
    const busy: boolean[] = [];
    const older = pending<string>();
    const newer = pending<string>();
    const first = load(
      () => older.promise,
      (v) => shown.push(v),
      { busy: (on) => busy.push(on) },
    );
    const second = load(
      () => newer.promise,
      (v) => shown.push(v),
      { busy: (on) => busy.push(on) },
    );
    newer.resolve('new');
    await second;
    older.resolve('old');
    await first;
    expect(shown).toEqual(['new']);
    expect(busy).toEqual([true, true, false]);
  });

  it("says only the newest request's failure, and throws it when no one listens", async () => {
    const load = newestAnswer();
    const failures: unknown[] = [];
    const older = pending<string>();
    const first = load(
      () => older.promise,
      () => undefined,
      { failed: (e) => failures.push(e) },
    );
    await load(
      () => Promise.reject(new Error('newest')),
      () => undefined,
      { failed: (e) => failures.push(e) },
    );
    older.reject(new Error('stale'));
    await first;
    expect(failures.map((e) => (e as Error).message)).toEqual(['newest']);
    await expect(
      load(
        () => Promise.reject(new Error('thrown')),
        () => undefined,
      ),
    ).rejects.toThrow('thrown');
  });

  it('drops the answers still on their way', async () => {
    const load = newestAnswer();
    const shown: number[] = [];
    const answer = pending<number>();
    const loading = load(
      () => answer.promise,
      (v) => shown.push(v),
    );
    load.drop();
    answer.resolve(1);
    await loading;
    expect(shown).toEqual([]);
  });

  it('answers a change only after the reload of what it made stale, and reloads after a refusal only when asked', async () => {
    const steps: string[] = [];
    const reload = async (result?: unknown) => {
      steps.push(`reload ${String(result)}`);
    };
    expect(await andReload(Promise.resolve(7), reload)).toBe(7);
    await expect(andReload(Promise.reject(new Error('refused')), reload)).rejects.toThrow('refused');
    await expect(alwaysReload(Promise.reject(new Error('refused')), () => reload('anyway'))).rejects.toThrow('refused');
    expect(await alwaysReload(Promise.resolve(8), () => Promise.reject(new Error('reload failed')))).toBe(8);
    expect(steps).toEqual(['reload 7', 'reload anyway']);
  });
});
