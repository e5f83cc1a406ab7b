import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeNotification, fakeEvent, resetFakeElectron } from '../fake-electron';
import { createNotifier, MAX_LIVE_ALERTS, type NotifierOptions } from '../../../../src-main/alerts/notifier';
import type { AlertNotification, NotifiedAlert } from '../../../../src-main/core/alert-feed';
import { alertText } from '../../../../src-main/core/alert-text';
import { T0, HOUR } from '../core/alert-fixtures';

vi.mock('electron', () => import('../fake-electron'));

beforeEach(() => resetFakeElectron());

const request = { title: '投诉单即将超时', body: 'TS-20261123-0001 退款', route: '/cases/42' };

function setup(platform: NodeJS.Platform = 'darwin') {
  const options = { open: vi.fn(), acknowledge: vi.fn(), snooze: vi.fn(), log: vi.fn(), platform } satisfies NotifierOptions;
  return { ...options, notifier: createNotifier(options) };
}

function alert(n: number, overrides: Partial<NotifiedAlert> = {}): NotifiedAlert {
  return {
    key: `case-${n}:resolution`,
    caseId: `case-${n}`,
    caseNo: `TS-20261123-${String(n).padStart(4, '0')}`,
    title: `客户${n}：快递三天没到`,
    severity: 'general',
    clockKind: 'resolution',
    dueAt: T0,
    kind: 'overdue',
    capacity: 'owner',
    ...overrides,
  };
}
let sequence = 0;
function single(n: number, overrides: Partial<NotifiedAlert> = {}): AlertNotification {
  return { id: `alert-${++sequence}`, delivery: 'single', at: T0, alerts: [alert(n, overrides)], route: `/cases/case-${n}` };
}
function summary(delivery: AlertNotification['delivery'], ns: number[]): AlertNotification {
  return { id: `alert-${++sequence}`, delivery, at: T0 + HOUR, alerts: ns.map((n) => alert(n)), route: '/tracking/overdue' };
}
const last = () => FakeNotification.instances.at(-1)!;

describe('show (the UI asked for it)', () => {
  it('shows a native notification with the title and body', () => {
    setup().notifier.show(request);
    expect(FakeNotification.instances).toHaveLength(1);
    expect(last().options).toMatchObject({ title: request.title, body: request.body });
    expect(last().options.actions).toBeUndefined();
    expect(last().show).toHaveBeenCalledTimes(1);
  });

  it('keeps each notification referenced until it is clicked, closed or failed', () => {
    const { notifier, log } = setup();
    notifier.show(request);
    notifier.show({ ...request, route: '/cases/43' });
    notifier.show({ ...request, route: '/cases/44' });
    expect(notifier.liveCount()).toBe(3);
    const [first, second, third] = FakeNotification.instances;
    first!.emit('click', fakeEvent());
    expect(notifier.liveCount()).toBe(2);
    second!.emit('close', fakeEvent());
    expect(notifier.liveCount()).toBe(1);
    third!.emit('failed', fakeEvent(), 'no notification server');
    expect(notifier.liveCount()).toBe(0);
    expect(log).toHaveBeenCalledWith('notification failed', 'no notification server');
  });

  it('a click opens the route of that notification; without a route it still opens the app', () => {
    const { notifier, open } = setup();
    notifier.show(request);
    notifier.show({ ...request, route: '/cases/43' });
    notifier.show({ title: 't', body: 'b' });
    FakeNotification.instances[1]!.emit('click', fakeEvent());
    FakeNotification.instances[2]!.emit('click', fakeEvent());
    expect(open.mock.calls).toEqual([['/cases/43'], [undefined]]);
  });

  it('closing opens nothing', () => {
    const { notifier, open } = setup();
    notifier.show(request);
    last().emit('close', fakeEvent());
    expect(open).not.toHaveBeenCalled();
  });
});

describe('showAlert', () => {
  it('says what alertText says, in the language asked for', () => {
    const { notifier } = setup();
    const notification = single(1, { kind: 'warning', dueAt: T0 + HOUR });
    notifier.showAlert(notification, 'zh-CN');
    expect(last().options).toMatchObject(alertText(notification, 'zh-CN'));
    notifier.showAlert(summary('coalesced', [1, 2, 3, 4]), 'en');
    expect(last().options.title).toBe('4 complaints overdue');
  });

  it.each(['darwin', 'win32'] as const)('has the buttons 确认 and 15 分钟后提醒 on %s', (platform) => {
    setup(platform).notifier.showAlert(single(1), 'zh-CN');
    expect(last().options.actions).toEqual([
      { type: 'button', text: '确认' },
      { type: 'button', text: '15 分钟后提醒' },
    ]);
  });

  it('has no buttons on Linux: a click opens the case', () => {
    const { notifier, open } = setup('linux');
    notifier.showAlert(single(7), 'en');
    expect(last().options.actions).toBeUndefined();
    last().emit('click', fakeEvent());
    expect(open).toHaveBeenCalledExactlyOnceWith('/cases/case-7');
  });

  it('acknowledge and snooze act on the entries of that notification, then release it', () => {
    const { notifier, acknowledge, snooze } = setup('win32');
    notifier.showAlert(summary('missed', [1, 2]), 'zh-CN');
    notifier.showAlert(single(3), 'zh-CN');
    const [both, third] = FakeNotification.instances;
    both!.emit('action', fakeEvent({ actionIndex: 0 }), 0);
    expect(acknowledge).toHaveBeenCalledExactlyOnceWith(['case-1:resolution', 'case-2:resolution']);
    third!.emit('action', fakeEvent({ actionIndex: 1 }), 1);
    expect(snooze).toHaveBeenCalledExactlyOnceWith(['case-3:resolution']);
    expect(notifier.liveCount()).toBe(0);
  });

  it('takes the index from the deprecated argument when the details lack it', () => {
    const { notifier, snooze, acknowledge } = setup('darwin');
    notifier.showAlert(single(1), 'zh-CN');
    last().emit('action', fakeEvent(), 1);
    expect(snooze).toHaveBeenCalledOnce();
    expect(acknowledge).not.toHaveBeenCalled();
  });

  it('a click on a summary opens the overdue view and acknowledges nothing', () => {
    const { notifier, open, acknowledge } = setup('darwin');
    notifier.showAlert(summary('missed', [1, 2, 3]), 'zh-CN');
    last().emit('click', fakeEvent());
    expect(open).toHaveBeenCalledExactlyOnceWith('/tracking/overdue');
    expect(acknowledge).not.toHaveBeenCalled();
  });

  it('keeps late alerts on screen and makes 重大 critical; a plain warning times out normally', () => {
    const { notifier } = setup('linux');
    notifier.showAlert(single(1, { kind: 'warning', dueAt: T0 + HOUR }), 'zh-CN');
    expect(last().options).toMatchObject({ timeoutType: 'default', urgency: 'normal' });
    notifier.showAlert(single(2, { kind: 'overdue' }), 'zh-CN');
    expect(last().options).toMatchObject({ timeoutType: 'never', urgency: 'normal' });
    notifier.showAlert(single(3, { kind: 'warning', severity: 'major', dueAt: T0 + HOUR }), 'zh-CN');
    expect(last().options).toMatchObject({ timeoutType: 'never', urgency: 'critical' });
  });

  it('keeps alerts referenced until clicked, closed or failed', () => {
    const { notifier } = setup('win32');
    notifier.showAlert(single(1), 'zh-CN');
    notifier.showAlert(single(2), 'zh-CN');
    notifier.showAlert(single(3), 'zh-CN');
    expect(notifier.liveCount()).toBe(3);
    expect([...notifier.liveAlertKeys()].sort()).toEqual(['case-1:resolution', 'case-2:resolution', 'case-3:resolution']);
    FakeNotification.instances[0]!.emit('click', fakeEvent());
    FakeNotification.instances[1]!.emit('close', fakeEvent());
    FakeNotification.instances[2]!.emit('failed', fakeEvent(), 'HRESULT 0x80070490');
    expect(notifier.liveCount()).toBe(0);
    expect(notifier.liveAlertKeys().size).toBe(0);
  });

  it('a reminder or a summary replaces the notifications it repeats', () => {
    const { notifier } = setup('darwin');
    notifier.showAlert(single(1), 'zh-CN');
    notifier.showAlert(single(2), 'zh-CN');
    const [first, second] = FakeNotification.instances;
    notifier.showAlert(single(1, { kind: 'repeat' }), 'zh-CN');
    expect(first!.close).toHaveBeenCalledOnce();
    expect(second!.close).not.toHaveBeenCalled();
    notifier.showAlert(summary('coalesced', [1, 2, 5]), 'zh-CN');
    expect(second!.close).toHaveBeenCalledOnce();
    expect(notifier.liveCount()).toBe(1);
  });

  it(`never keeps more than ${MAX_LIVE_ALERTS} alerts on screen: the oldest go`, () => {
    const { notifier } = setup('linux');
    for (let n = 1; n <= MAX_LIVE_ALERTS + 2; n += 1) notifier.showAlert(single(n), 'zh-CN');
    expect(notifier.liveCount()).toBe(MAX_LIVE_ALERTS);
    expect(FakeNotification.instances.filter((n) => n.close.mock.calls.length > 0)).toEqual(FakeNotification.instances.slice(0, 2));
  });

  it('dismissAlerts closes only notifications all of whose alerts are settled', () => {
    const { notifier } = setup('darwin');
    notifier.showAlert(single(1), 'zh-CN');
    notifier.showAlert(summary('missed', [2, 3]), 'zh-CN');
    const [one, pair] = FakeNotification.instances;
    const settled = new Set(['case-1:resolution', 'case-2:resolution']);
    expect(notifier.dismissAlerts((a) => settled.has(a.key))).toBe(1);
    expect(one!.close).toHaveBeenCalledOnce();
    expect(pair!.close).not.toHaveBeenCalled();
    expect([...notifier.liveAlertKeys()].sort()).toEqual(['case-2:resolution', 'case-3:resolution']);
  });

  it('shows nothing and throws nothing where notifications are not supported', () => {
    FakeNotification.isSupported.mockReturnValue(false);
    const { notifier } = setup('linux');
    expect(() => notifier.showAlert(single(1), 'zh-CN')).not.toThrow();
    expect(() => notifier.show(request)).not.toThrow();
    expect(FakeNotification.instances).toHaveLength(0);
    expect(notifier.liveCount()).toBe(0);
  });
});
