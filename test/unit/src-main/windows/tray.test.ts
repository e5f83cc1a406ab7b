import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { FakeTray, nativeImage, resetFakeElectron, type FakeMenu } from '../fake-electron';
import { applyTrayMessages, createTray } from '../../../../src-main/windows/tray';
import { mainMessages } from '../../../../src-main/core/messages';

vi.mock('electron', () => import('../fake-electron'));

beforeEach(() => resetFakeElectron());

const lastMenu = (tray: FakeTray): MenuItemConstructorOptions[] => (tray.setContextMenu.mock.lastCall?.[0] as FakeMenu).template;
const click = (items: MenuItemConstructorOptions[], label: string) => (items.find((i) => i.label === label)?.click as () => void)();

describe('createTray', () => {
  it('creates one tray icon from the given image with tooltip and menu', () => {
    const actions = { open: vi.fn(), quit: vi.fn() };
    createTray('/res/tray.png', mainMessages('zh-CN'), actions);
    expect(nativeImage.createFromPath).toHaveBeenCalledWith('/res/tray.png');
    expect(FakeTray.instances).toHaveLength(1);
    const tray = FakeTray.instances[0]!;
    expect(tray.image).toEqual({ path: '/res/tray.png' });
    expect(tray.setToolTip).toHaveBeenCalledWith('投诉处理台');
    expect(lastMenu(tray).map((i) => i.label ?? i.type)).toEqual(['打开投诉处理台', 'separator', '退出']);
  });

  it('opens on click and from the menu, quits from the menu', () => {
    const actions = { open: vi.fn(), quit: vi.fn() };
    createTray('/res/tray.png', mainMessages('en'), actions);
    const tray = FakeTray.instances[0]!;
    tray.emit('click');
    click(lastMenu(tray), 'Open Complaint Desk');
    expect(actions.open).toHaveBeenCalledTimes(2);
    expect(actions.quit).not.toHaveBeenCalled();
    click(lastMenu(tray), 'Quit');
    expect(actions.quit).toHaveBeenCalledTimes(1);
  });

  it('speaks the new language after applyTrayMessages', () => {
    const actions = { open: vi.fn(), quit: vi.fn() };
    const tray = createTray('/res/tray.png', mainMessages('zh-CN'), actions);
    applyTrayMessages(tray, mainMessages('en'), actions);
    const fake = FakeTray.instances[0]!;
    expect(fake.setToolTip).toHaveBeenLastCalledWith('Complaint Desk');
    expect(lastMenu(fake).map((i) => i.label ?? i.type)).toEqual(['Open Complaint Desk', 'separator', 'Quit']);
  });
});
