import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { errorText } from '../../../../../src-renderer/ui/i18n/errors';
import { en } from '../../../../../src-renderer/ui/i18n/en';
import { zhCN } from '../../../../../src-renderer/ui/i18n/zh-CN';

let zh: TFunction;
let english: TFunction;

beforeAll(async () => {
  const make = async (lng: string) => {
    const instance = i18next.createInstance();
    await instance.init({
      resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
      lng,
      fallbackLng: 'zh-CN',
      interpolation: { escapeValue: false },
    });
    return instance.t;
  };
  zh = await make('zh-CN');
  english = await make('en');
});

describe('errorText', () => {
  it('translates a code with its parameters', () => {
    expect(errorText(zh, { code: 'cases.dailyLimit', params: { max: 9999 } })).toBe('今日投诉单号已用完（最多 9999 宗）。');
    expect(errorText(english, { code: 'store.unknownMethod', params: { name: 'cases.delete' } })).toBe('Unknown action: cases.delete');
    expect(errorText(zh, { field: 'description', code: 'validation.tooLong', params: { max: 5000 } })).toBe('内容过长，最多 5000 字。');
  });

  it('still says something useful for an unknown code', () => {
    expect(errorText(zh, { code: 'grading.notAllowed' })).toBe('操作失败（grading.notAllowed）。');
    expect(errorText(english, { code: 'grading.notAllowed' })).toBe('The action failed (grading.notAllowed).');
  });
});
