// The downloaded error report says when it lists fewer problems than the check found, as the screen does.
import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RowError } from '../../../../../../src-renderer/domain/imports/validate';
import { errorReport } from '../../../../../../src-renderer/ui/features/imports/errorReport';
import { translator } from '../../i18n/translator';

let zh: TFunction;
beforeAll(async () => {
  zh = await translator('zh-CN');
});

const errors: RowError[] = [2, 3].map((row) => ({ row, column: '部门', field: 'department', value: '客服一部', code: 'imports.unknownDepartment' }));
const lines = async (total?: number) => new TextDecoder().decode(await errorReport(zh, 'zh-CN', errors, total)).replace(/^\uFEFF/, '').trim().split(/\r?\n/);

describe('the error report', () => {
  it('ends with how many problems it leaves out when the check listed only the first', async () => {
    const cut = await lines(30_021);
    expect(cut).toHaveLength(4);
    expect(cut.at(-1)).toContain('共 30,021 处错误，列出前 2 处。');
  });

  it('adds nothing when it lists every problem', async () => {
    const whole = await lines();
    expect(whole).toHaveLength(3);
    expect(whole.join('\n')).not.toContain('列出前');
  });
});
