import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RowError } from '../../../../../../src-renderer/domain/imports/validate';
import { rowErrorText } from '../../../../../../src-renderer/ui/features/imports/rowErrorText';
import { translator } from '../../i18n/translator';

let zh: TFunction;
let en: TFunction;
beforeAll(async () => {
  zh = await translator('zh-CN');
  en = await translator('en');
});

const channel: RowError = { row: 3, column: '渠道', field: 'channel', value: '传真', code: 'imports.unknownValue', params: { field: 'channel' } };
const department: RowError = { row: 4, column: '部门', field: 'department', value: '客服一部', code: 'imports.unknownDepartment' };
const account: RowError = { row: 5, column: '平台', field: 'socialPlatform', value: '飞书', code: 'imports.unknownValue', params: { field: 'socialPlatform' } };

describe('the text of a row error with a value the desk does not read', () => {
  it('sends the user to 对应取值 only for a value that step listed', () => {
    for (const [t, language, step] of [
      [zh, 'zh-CN', '对应取值'],
      [en, 'en', 'Match values'],
    ] as const) {
      for (const error of [channel, department, account]) {
        expect(rowErrorText(t, language, { ...error, listed: true })).toContain(step);
        // Beyond the values listed, or too long to be: the step never offered it.
        expect(rowErrorText(t, language, error)).not.toContain(step);
      }
    }
    expect(rowErrorText(zh, 'zh-CN', channel)).toBe('无法识别“传真”。可填写：电话、邮件、在线客服、应用/小程序、社交媒体、信函、现场、12315转办或其他');
    expect(rowErrorText(zh, 'zh-CN', department)).toBe('不是已设置的部门。请改为已有的部门（设置 → 分类与部门），或先在那里添加这个部门；也可以留空。');
    expect(rowErrorText(en, 'en', { ...department, listed: true })).toBe(
      'Not one of the departments set up in the desk. Match it to an existing department in the previous step, “Match values”, add it under Settings → Categories & departments first, or leave it empty.',
    );
  });
});
