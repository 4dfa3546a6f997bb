// The kiosk's problem note shows kioskMessage's words as they are: each is one whole message, in both
// languages, that sends her to the teacher on duty when she needs one (it once said so twice).
import { afterAll, describe, expect, it } from 'vitest';
import type { ApiError } from '../../../shared/errors';
import { ApiFailure } from '../../../renderer/src/api';
import i18n from '../../../renderer/src/i18n';
import { kioskMessage } from '../../../renderer/src/features/kiosk/messages';

const failure = (code: ApiError['code'], entity?: string) => new ApiFailure(entity ? { code, details: { entity } } : { code });

describe('kiosk messages', () => {
  afterAll(() => i18n.changeLanguage('zh-CN'));

  it('says each refusal once, in Chinese', () => {
    expect(kioskMessage(failure('conflict', 'room_closed'))).toBe('今天已经关门了，请找值班老师。');
    expect(kioskMessage(failure('conflict', 'already_checked_in'))).toBe('你已经签到过了，不用再签啦。');
    expect(kioskMessage(failure('not_found', 'child'))).toBe('找不到这个名字了，请找值班老师。');
    // Words the kiosk has none of for a child: the app's own, and the teacher who can read them.
    expect(kioskMessage(failure('busy'))).toBe('数据库正被其他程序使用，没有保存任何内容，请重试。请找值班老师。');
    expect(kioskMessage(new Error('lost'))).toBe('出现意外错误，没有保存任何内容。请重试。请找值班老师。');
  });

  it('says them in English', async () => {
    await i18n.changeLanguage('en');
    expect(kioskMessage(failure('conflict', 'room_closed'))).toBe('The room has closed for today. Please ask the teacher on duty.');
    expect(kioskMessage(failure('busy'))).toBe('The database is in use by another program: nothing was saved, try again. Please ask the teacher on duty.');
  });
});
