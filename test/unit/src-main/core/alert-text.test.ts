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
    // English counts those not named (38 in all, 3 named): "and 35 more", never "and 38 more".
    expect(alertText(notification('coalesced', alerts), 'en').body).toBe('1 more due soon\nMost urgent: TS-20261123-0001, TS-20261123-0002, TS-20261123-0003 and 35 more');
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

describe('alertText of deletion requests’ reply deadlines (个人信息删除请求)', () => {
  /** The reply deadline of request SC-20261201-00n: no title, no department, 严重. */
  const request = (n: number, overrides: Partial<NotifiedAlert> = {}): NotifiedAlert =>
    alert(n, { key: `erasure:SC-20261201-00${n}:erasureReply`, caseId: `erasure:SC-20261201-00${n}`, caseNo: `SC-20261201-00${n}`, title: '', clockKind: 'erasureReply', ...overrides });
  const late = { kind: 'overdue', dueAt: T0 - 2 * HOUR - 5 * MIN } as const;

  it('names the request, its reply deadline and time left, with no line for a title', () => {
    expect(alertText(notification('single', [request(1)]), 'zh-CN')).toEqual({
      title: '个人信息删除请求即将到期：SC-20261201-001',
      body: '答复时限将于 10:45 到期（剩余 45 分钟）',
    });
    expect(alertText(notification('single', [request(1, late)]), 'zh-CN')).toEqual({
      title: '个人信息删除请求逾期未答复：SC-20261201-001',
      body: '答复时限已于 07:55 到期，已超时 2 小时 5 分钟',
    });
    expect(alertText(notification('single', [request(1, { ...late, kind: 'repeat' })]), 'zh-CN').title).toBe('再次提醒，删除请求仍未答复：SC-20261201-001');
    // Shown again while it waits for 确认: the same words, and why it is back.
    expect(alertText(notification('unacknowledged', [request(1, late)]), 'zh-CN')).toEqual({
      title: '个人信息删除请求逾期未答复：SC-20261201-001',
      body: '答复时限已于 07:55 到期，已超时 2 小时 5 分钟\n超时提醒尚未确认',
    });
  });

  it('says the same in English', () => {
    expect(alertText(notification('single', [request(1)]), 'en')).toEqual({
      title: 'Deletion request due soon: SC-20261201-001',
      body: 'Reply deadline 10:45 (45 min left)',
    });
    expect(alertText(notification('single', [request(1, late)]), 'en')).toEqual({
      title: 'Deletion request overdue, not answered: SC-20261201-001',
      body: 'Reply deadline was 07:55, overdue by 2 h 5 min',
    });
    expect(alertText(notification('single', [request(1, { ...late, kind: 'repeat' })]), 'en').title).toBe('Reminder, deletion request still not answered: SC-20261201-001');
  });

  it('a summary of deletion requests alone counts them as such', () => {
    expect(alertText(notification('coalesced', [request(1, late), request(2, late)]), 'zh-CN')).toEqual({
      title: '2 件删除请求逾期未答复',
      body: '最紧急：SC-20261201-001、SC-20261201-002',
    });
    expect(alertText(notification('quiet', [request(1), request(2)]), 'zh-CN')).toEqual({
      title: '2 件删除请求即将到期',
      body: '免打扰时段内暂缓的提醒\n最紧急：SC-20261201-001、SC-20261201-002',
    });
    expect(alertText(notification('coalesced', [request(1, late), request(2, late)]), 'en').title).toBe('2 deletion requests overdue');
    expect(alertText(notification('missed', [request(1)]), 'en').title).toBe('1 deletion request due soon');
    // Late and due soon, more than three: counted as requests (件), not as complaints (宗).
    expect(alertText(notification('coalesced', [request(1, late), request(2, late), request(3, late), request(4)]), 'zh-CN')).toEqual({
      title: '3 件删除请求逾期未答复',
      body: '另有 1 件即将到期\n最紧急：SC-20261201-001、SC-20261201-002、SC-20261201-003 等 4 件',
    });
    expect(alertText(notification('coalesced', [request(1, late), request(2, late), request(3, late), request(4)]), 'en').body).toBe(
      '1 more due soon\nMost urgent: SC-20261201-001, SC-20261201-002, SC-20261201-003 and 1 more',
    );
  });

  it('a summary of complaints and deletion requests counts the complaints and adds a line for the requests', () => {
    const alerts = [alert(1, { kind: 'overdue' }), alert(2, { kind: 'overdue' }), alert(3), request(1, late), request(2, late), request(3)];
    expect(alertText(notification('coalesced', alerts), 'zh-CN')).toEqual({
      title: '2 宗投诉已超时',
      body: '另有 1 宗即将超时\n另有 2 件删除请求逾期未答复\n另有 1 件删除请求即将到期\n最紧急：TS-20261123-0001、TS-20261123-0002、TS-20261123-0003',
    });
    const soon = [alert(1), request(1, late)];
    expect(alertText(notification('coalesced', soon), 'zh-CN')).toEqual({
      title: '1 宗投诉即将超时',
      body: '另有 1 件删除请求逾期未答复\n最紧急：TS-20261123-0001',
    });
    expect(alertText(notification('coalesced', alerts.slice(0, 4)), 'en')).toMatchObject({ title: '2 complaints overdue', body: expect.stringContaining('and 1 deletion request overdue') });
    // The list names complaints only, counted as such: the requests have their lines.
    const many = [1, 2, 3, 4].map((n) => alert(n, { kind: 'overdue' }));
    expect(alertText(notification('coalesced', [...many, request(1, late)]), 'zh-CN').body.split('\n').at(-1)).toBe('最紧急：TS-20261123-0001、TS-20261123-0002、TS-20261123-0003 等 4 宗');
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
