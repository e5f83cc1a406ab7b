import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { SETTINGS_KEYS } from '../../../../../../../src-renderer/domain/settings/settings';
import type { UserRecord } from '../../../../../../../src-renderer/domain/users/user';
import { POLICY_KEY } from '../../../../../../../src-renderer/store/alerts/context';
import { userAuditView } from '../../../../../../../src-renderer/store/core/users';
import { changedFields, fieldLabel } from '../../../../../../../src-renderer/ui/features/settings/audit/labels';
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
});
