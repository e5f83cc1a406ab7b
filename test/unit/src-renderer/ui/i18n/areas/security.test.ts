import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { FAILED_SIGN_IN, FAILED_UNLOCK, LOCKED_OUT } from '../../../../../../src-renderer/store/services/auth/failures';
import { resources } from '../../../../../../src-renderer/ui/i18n/resources';
import { commandLabel, commandOptions } from '../../../../../../src-renderer/ui/features/settings/audit/labels';

async function instance(lng: 'zh-CN' | 'en') {
  const i18n = i18next.createInstance();
  await i18n.init({ resources, lng, fallbackLng: 'zh-CN', interpolation: { escapeValue: false } });
  return i18n;
}

describe('audit log labels of refused passwords', () => {
  it('names failed sign-ins, failed unlocks and lock-outs in both languages, and offers them in the 操作 filter', async () => {
    const zh = await instance('zh-CN');
    const en = await instance('en');
    expect([FAILED_SIGN_IN, FAILED_UNLOCK, LOCKED_OUT].map((command) => commandLabel(zh.t, command))).toEqual(['登录失败', '解锁失败', '账户锁定']);
    expect([FAILED_SIGN_IN, FAILED_UNLOCK, LOCKED_OUT].map((command) => commandLabel(en.t, command))).toEqual([
      'Failed sign-in',
      'Failed unlock',
      'Account locked',
    ]);
    const offered = commandOptions(zh.t, zh).map((option) => option.value);
    expect(offered).toEqual(expect.arrayContaining([FAILED_SIGN_IN, FAILED_UNLOCK, LOCKED_OUT]));
  });
});
