import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { SETTINGS_KEYS } from '../../../../../../../src-renderer/domain/settings/settings';
import type { UserRecord } from '../../../../../../../src-renderer/domain/users/user';
import { POLICY_KEY } from '../../../../../../../src-renderer/store/alerts/context';
import { userAuditView } from '../../../../../../../src-renderer/store/core/users';
import { changedFields, fieldLabel, valueText } from '../../../../../../../src-renderer/ui/features/settings/audit/labels';
import { closedCase } from '../../../../domain/privacy/fixtures';
import { translator } from '../../../i18n/translator';

let zh: TFunction;
let en: TFunction;
beforeAll(async () => {
  zh = await translator('zh-CN');
  en = await translator('en');
});

const user = { id: 'u-1', username: 'wangxiao', name: '王晓', role: 'agent', department: '客服中心', active: 1, createdAt: 1 } as UserRecord;

describe('audit log field labels', () => {
  it('names every field a case, a settings key or a user records, in both languages', () => {
    const recorded = [
      ...Object.keys(closedCase()).map((field) => ['case', field] as const),
      ...[...SETTINGS_KEYS, POLICY_KEY].map((field) => ['settings', field] as const),
      ...Object.keys(userAuditView(user)).map((field) => ['user', field] as const),
    ];
    for (const t of [zh, en]) {
      const raw = recorded.filter(([kind, field]) => fieldLabel(t, kind, field) === field);
      expect(raw).toEqual([]);
    }
    expect(fieldLabel(zh, 'settings', 'privacy')).toBe('个人信息保存期限');
    expect(fieldLabel(en, 'case', 'archived')).toBe('Archived');
  });

  it('leaves out the fields every command touches', () => {
    expect(changedFields({ updatedAt: {}, archived: {} })).toEqual(['archived']);
    expect(changedFields({ updatedAt: {}, nextDueAt: {}, responseDueAt: {}, extensions: {} })).toEqual(['extensions']);
  });

  it('reads an import’s value matches one per line, by the item’s and the desk value’s labels, with how each was made', () => {
    const matches = [
      { field: 'category', value: '快递问题', target: 'logistics', origin: 'similar' },
      { field: 'severity', value: 'A级', target: 'major', origin: 'user' },
      { field: 'status', value: '已归档', target: 'closed', origin: 'remembered' },
      { field: 'department', value: '客服一部', target: '客服中心', origin: 'user' },
    ];
    expect(valueText('valueMatches', matches, zh).split('\n')).toEqual([
      '投诉类别：快递问题 → 物流配送（建议）',
      '严重程度：A级 → 重大（手动选择）',
      '状态：已归档 → 已结案（沿用上次）',
      '责任部门：客服一部 → 客服中心（手动选择）',
    ]);
    expect(valueText('valueMatches', matches, en).split('\n')).toEqual([
      'Category: 快递问题 → Logistics (suggested)',
      'Severity: A级 → Major (chosen)',
      'Status: 已归档 → Closed (as last time)',
      'Responsible department: 客服一部 → 客服中心 (chosen)',
    ]);
    expect(valueText('valueCounts', { demand: 3, category: 1 }, en)).toBe('Customer demands: 3\nCategory: 1');
    expect(fieldLabel(zh, 'import', 'valueMatches')).toBe('取值对应');
    expect(fieldLabel(en, 'import', 'valueMatches')).toBe('Values matched');
    // Anything else recorded under those names is shown as it was recorded.
    expect(valueText('valueMatches', [{ field: 'nope' }], en)).toBe('[{"field":"nope"}]');
  });
});
