import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { initI18n } from '../../../../../../src-renderer/ui/i18n';

afterEach(async () => {
  await initI18n('zh-CN');
});

describe('the dashboard’s figure captions', () => {
  it('group thousands as the figures above them do, in both languages', async () => {
    await initI18n('zh-CN');
    expect(i18next.t('dashboard.kpi.completed', { count: 1427 })).toBe('完成 1,427 宗');
    expect(i18next.t('dashboard.kpi.completedHandlings', { count: 1427 })).toBe('完成 1,427 次处理');
    expect(i18next.t('dashboard.kpi.surveys', { count: 1271 })).toBe('回访 1,271 份');
    expect(i18next.t('dashboard.kpi.reopened', { count: 12 })).toBe('重新处理 12 宗');
    await initI18n('en');
    expect(i18next.t('dashboard.kpi.completed', { count: 1427 })).toBe('1,427 completed');
    expect(i18next.t('dashboard.kpi.surveys', { count: 1271 })).toBe('1,271 surveys');
  });
});
