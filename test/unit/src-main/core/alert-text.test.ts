import { describe, expect, it } from 'vitest';
import type { AlertNotification, NotifiedAlert } from '../../../../src-main/core/alert-feed';
import { alertText, countsText, durationText } from '../../../../src-main/core/alert-text';
import { HOUR, MIN, T0 } from './alert-fixtures';

const alert = (n: number, overrides: Partial<NotifiedAlert> = {}): NotifiedAlert => ({
  key: `c${n}:response`,
  caseId: `c${n}`,
  caseNo: `TS-20261123-000${n}`,
  title: '张女士：外卖送错了还不给退款',
  severity: 'serious',
  clockKind: 'response',
  dueAt: T0 + 45 * MIN,
  kind: 'warning',
  capacity: 'owner',
  ...overrides,
});
const notification = (delivery: AlertNotification['delivery'], alerts: NotifiedAlert[]): AlertNotification => ({ id: 'n', delivery, at: T0, alerts, route: '/x' });

describe('alertText', () => {
  it('names one case, its clock, its deadline and time left, in Chinese and English', () => {
    expect(alertText(notification('single', [alert(1)]), 'zh-CN')).toEqual({
      title: '投诉即将超时：TS-20261123-0001',
      body: '张女士：外卖送错了还不给退款\n响应时限将于 10:45 到期（剩余 45 分钟）；严重',
    });
    expect(alertText(notification('single', [alert(1)]), 'en').title).toBe('Complaint due soon: TS-20261123-0001');
  });

  it('says how late a case is and why this user hears of it', () => {
    const late = alert(1, { kind: 'overdue', dueAt: T0 - 2 * HOUR - 5 * MIN, capacity: 'supervisor', severity: 'major' });
    expect(alertText(notification('single', [late]), 'zh-CN')).toEqual({
      title: '投诉已超时：TS-20261123-0001',
      body: '张女士：外卖送错了还不给退款\n响应时限已于 07:55 到期，已超时 2 小时 5 分钟；重大 · 已升级至部门主管',
    });
    expect(alertText(notification('single', [{ ...late, kind: 'repeat' }]), 'en').body).toContain('overdue by 2 h 5 min; Major · escalated to the department supervisor');
    // A director of either kind, operations too, is named as such.
    expect(alertText(notification('single', [{ ...late, capacity: 'director' }]), 'zh-CN').body).toContain('重大 · 已升级至总监');
  });

  it('does not call a warning escalated: it comes before the deadline', () => {
    const warning = alert(1, { capacity: 'supervisor', severity: 'major' });
    expect(alertText(notification('single', [warning]), 'zh-CN').body).toBe('张女士：外卖送错了还不给退款\n响应时限将于 10:45 到期（剩余 45 分钟）；重大');
    // The emergency group is named: it is why a warning goes to them.
    expect(alertText(notification('single', [{ ...warning, capacity: 'emergency' }]), 'zh-CN').body).toContain('重大 · 重大投诉 · 应急小组');
  });

  it('summarises many cases: "37 宗投诉已超时", how many are due soon, the most urgent numbers', () => {
    const alerts = [...Array.from({ length: 37 }, (_, i) => alert(i + 1, { kind: 'overdue', caseId: `late${i}` })), alert(99, { caseId: 'soon' })];
    const text = alertText(notification('coalesced', alerts), 'zh-CN');
    expect(text.title).toBe('37 宗投诉已超时');
    expect(text.body).toBe('另有 1 宗即将超时\n最紧急：TS-20261123-0001、TS-20261123-0002、TS-20261123-0003 等 38 宗');
    expect(alertText(notification('missed', alerts.slice(0, 2)), 'en')).toEqual({
      title: '2 complaints overdue',
      body: 'Alerts from while you were away (signed out, app closed or computer asleep)\nMost urgent: TS-20261123-0001, TS-20261123-0002',
    });
    expect(alertText(notification('quiet', [alert(1), alert(2)]), 'zh-CN')).toEqual({
      title: '2 宗投诉即将超时',
      body: '免打扰时段内暂缓的提醒\n最紧急：TS-20261123-0001、TS-20261123-0002',
    });
  });
});

describe('countsText and durationText', () => {
  it('reads the tray counts', () => {
    expect(countsText({ overdue: 3, dueSoon: 5 }, 'zh-CN')).toBe('3 宗已超时 · 5 宗即将超时');
    expect(countsText({ overdue: 0, dueSoon: 0 }, 'en')).toBe('No overdue complaints');
  });

  it('rounds spans to what matters at their size', () => {
    expect(durationText(30_000, 'zh-CN')).toBe('1 分钟');
    expect(durationText(3 * HOUR, 'zh-CN')).toBe('3 小时');
    expect(durationText(50 * HOUR, 'en')).toBe('2 d 2 h');
  });
});
