import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeNotification, resetFakeElectron } from '../fake-electron';
import { createNotifier } from '../../../../src-main/alerts/notifier';

vi.mock('electron', () => import('../fake-electron'));

beforeEach(() => resetFakeElectron());

const request = { title: '投诉单即将超时', body: 'TS-20261123-0001 退款', route: '/cases/42' };

describe('createNotifier', () => {
  it('shows a native notification with the title and body', () => {
    createNotifier(vi.fn()).show(request);
    expect(FakeNotification.instances).toHaveLength(1);
    const notification = FakeNotification.instances[0]!;
    expect(notification.options).toMatchObject({ title: request.title, body: request.body });
    expect(notification.show).toHaveBeenCalledTimes(1);
  });

  it('keeps each notification referenced until it is clicked or closed', () => {
    const notifier = createNotifier(vi.fn());
    notifier.show(request);
    notifier.show({ ...request, route: '/cases/43' });
    notifier.show({ ...request, route: '/cases/44' });
    expect(notifier.liveCount()).toBe(3);
    const [first, second, third] = FakeNotification.instances;
    first!.emit('click');
    expect(notifier.liveCount()).toBe(2);
    second!.emit('close');
    expect(notifier.liveCount()).toBe(1);
    third!.emit('failed', {}, 'no notification server');
    expect(notifier.liveCount()).toBe(0);
  });

  it('a click opens the route of that notification', () => {
    const onOpen = vi.fn();
    const notifier = createNotifier(onOpen);
    notifier.show(request);
    notifier.show({ ...request, route: '/cases/43' });
    FakeNotification.instances[1]!.emit('click');
    expect(onOpen).toHaveBeenCalledExactlyOnceWith('/cases/43');
  });

  it('a click on a notification without a route still opens the app', () => {
    const onOpen = vi.fn();
    createNotifier(onOpen).show({ title: 't', body: 'b' });
    FakeNotification.instances[0]!.emit('click');
    expect(onOpen).toHaveBeenCalledExactlyOnceWith(undefined);
  });

  it('closing does not open anything', () => {
    const onOpen = vi.fn();
    createNotifier(onOpen).show(request);
    FakeNotification.instances[0]!.emit('close');
    expect(onOpen).not.toHaveBeenCalled();
  });

  it('shows nothing where notifications are not supported', () => {
    FakeNotification.isSupported.mockReturnValue(false);
    const notifier = createNotifier(vi.fn());
    notifier.show(request);
    expect(FakeNotification.instances).toHaveLength(0);
    expect(notifier.liveCount()).toBe(0);
  });
});
