import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../../../../src-renderer/domain/clocks/calendar';
import { toCaseRecord } from '../../../../../src-renderer/domain/imports/convert';
import { autoMap } from '../../../../../src-renderer/domain/imports/mapping';
import { validateRow, type RowContext } from '../../../../../src-renderer/domain/imports/validate';
import { departmentIndex } from '../../../../../src-renderer/domain/imports/values';
import { DEFAULT_DEPARTMENTS, DEFAULT_SETTINGS } from '../../../../../src-renderer/domain/settings/settings';

const NOW = new Date(2026, 10, 23, 10, 0).getTime();

/** A row of a file with these headers, validated with the guessed mapping. */
function importRow(headers: string[], cells: string[]) {
  const ctx: RowContext = { headers, mapping: autoMap(headers), now: NOW, departments: departmentIndex(DEFAULT_DEPARTMENTS) };
  return validateRow(cells, 2, ctx);
}

const BASE_HEADERS = ['投诉时间', '客户姓名', '投诉内容'];
const BASE_CELLS = ['2026-10-08 09:30', '李四', '直播间下单的商品未发货。'];

describe('importing social and app accounts', () => {
  it('recognises the usual account and platform columns', () => {
    for (const header of ['微信号', '微博账号', '账号', '社交账号', '抖音号', '社交/应用账号', 'Account', 'WeChat ID']) {
      expect(autoMap([...BASE_HEADERS, header]).socialAccount, header).toBe(3);
    }
    for (const header of ['平台', '账号平台', 'Platform']) expect(autoMap([...BASE_HEADERS, '账号', header]).socialPlatform, header).toBe(4);
    // A bank account or the shop a purchase was made on is no social account.
    expect(autoMap([...BASE_HEADERS, '银行账号']).socialAccount).toBeNull();
    expect(autoMap([...BASE_HEADERS, '销售平台']).socialPlatform).toBeNull();
  });

  it('takes the platform from its column, or from a header that names the network, and keeps the account as given', () => {
    const named = importRow([...BASE_HEADERS, '微信号'], [...BASE_CELLS, ' zs_wx01 ']);
    expect(named.errors).toEqual([]);
    expect(named.draft).toMatchObject({ socialPlatform: 'wechat', socialAccount: 'zs_wx01' });
    const columns = importRow([...BASE_HEADERS, '账号', '平台'], [...BASE_CELLS, '@ZhangSan_88', '新浪微博']);
    expect(columns.draft).toMatchObject({ socialPlatform: 'weibo', socialAccount: '@ZhangSan_88' });
    const app = importRow([...BASE_HEADERS, '账号', '平台'], [...BASE_CELLS, 'U10000001', '本公司App']);
    expect(app.draft).toMatchObject({ socialPlatform: 'company_app' });
  });

  it('validates like intake: no account without a platform, nor with control characters; an unknown platform is named', () => {
    const headers = [...BASE_HEADERS, '账号', '平台'];
    const codes = (account: string, platform: string) => importRow(headers, [...BASE_CELLS, account, platform]).errors.map((e) => [e.field, e.code, e.column]);
    expect(codes('zs', '')).toEqual([['socialPlatform', 'validation.socialPlatformRequired', '平台']]);
    // A tab inside is refused; a control character such as BEL is dropped as from every text.
    expect(codes('z\ts', '微信')).toEqual([['socialAccount', 'validation.socialAccountFormat', '账号']]);
    expect(codes('z\u0007s', '微信')).toEqual([]);
    expect(codes('x'.repeat(101), '微信')).toEqual([['socialAccount', 'validation.tooLong', '账号']]);
    expect(codes('zs', 'QQ空间')).toEqual([['socialPlatform', 'imports.unknownValue', '平台']]);
    // A platform filled in on a row whose customer left no account reaches nobody: dropped, not an error.
    const platformOnly = importRow(headers, [...BASE_CELLS, '', '微信']);
    expect(platformOnly.errors).toEqual([]);
    expect(platformOnly.draft).not.toHaveProperty('socialPlatform');
  });

  it('writes the account onto the imported case, with its contact key', () => {
    const { draft } = importRow([...BASE_HEADERS, '抖音号'], [...BASE_CELLS, '@DY_Fan']);
    const ctx = { now: NOW, settings: DEFAULT_SETTINGS, calendar: createCalendar(DEFAULT_SETTINGS.calendar), importer: { id: 'u-1', name: '主管' }, jobId: 'job-1', newId: () => 'id-1' };
    const { record } = toCaseRecord(draft!, 'TS-20261008-0001', ctx);
    expect(record).toMatchObject({ socialPlatform: 'douyin', socialAccount: '@DY_Fan', contactKeys: ['douyin:dy_fan'] });
  });
});
