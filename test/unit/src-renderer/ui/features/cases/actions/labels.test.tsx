import { beforeAll, describe, expect, it } from 'vitest';
import type { i18n } from 'i18next';
import { commandLabel } from '../../../../../../../src-renderer/ui/features/cases/actions/labels';
import { initI18n } from '../../../../../../../src-renderer/ui/i18n';

let i18next: i18n;
beforeAll(async () => {
  i18next = await initI18n('zh-CN');
});

describe('commandLabel (the case timeline’s headings)', () => {
  it('names commands outside the case flow as the audit log does, never by their code', () => {
    const t = i18next.getFixedT('zh-CN');
    expect(commandLabel(t, 'cases.placeHold')).toBe('设置法律保留');
    expect(commandLabel(t, 'cases.releaseHold')).toBe('解除法律保留');
    expect(commandLabel(t, 'cases.assign')).toBe('转交负责人');
    expect(commandLabel(t, 'cases.mergeMoved')).toBe('随原并入单转入新的处理单');
    expect(commandLabel(t, 'cases.linkedAnonymised')).toBe('关联投诉已匿名化');
    expect(commandLabel(t, 'erasure.record')).toBe('记录删除请求');
    expect(commandLabel(t, 'erasure.execute')).toBe('执行删除请求');
    expect(commandLabel(t, 'erasure.refuse')).toBe('不予删除');
    expect(commandLabel(t, 'erasure.deliver')).toBe('记录告知书送达');
    expect(commandLabel(t, 'cases.register')).toBe(t('flow.command.cases.register'));
    expect(commandLabel(i18next.getFixedT('en'), 'cases.placeHold')).toBe('Place legal hold');
    expect(commandLabel(t, 'no.such')).toBe('no.such');
  });
});
