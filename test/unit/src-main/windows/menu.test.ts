import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { Menu, resetFakeElectron, type FakeMenu } from '../fake-electron';
import { buildAppMenu } from '../../../../src-main/windows/menu';
import { mainMessages } from '../../../../src-main/core/messages';

vi.mock('electron', () => import('../fake-electron'));

beforeEach(() => resetFakeElectron());

const build = (isDev: boolean, language = 'zh-CN') => {
  const actions = { quit: vi.fn(), about: vi.fn() };
  const menu = buildAppMenu(mainMessages(language), actions, isDev) as unknown as FakeMenu;
  return { actions, template: menu.template };
};
const roles = (items: MenuItemConstructorOptions[]): unknown[] =>
  items.flatMap((item) => [item.role, ...(Array.isArray(item.submenu) ? roles(item.submenu) : [])]).filter(Boolean);
const item = (items: MenuItemConstructorOptions[], label: string) =>
  items.flatMap((i) => (Array.isArray(i.submenu) ? i.submenu : [])).find((i) => i.label === label);

describe('buildAppMenu', () => {
  it('builds the menu through Menu.buildFromTemplate in the chosen language', () => {
    const { template } = build(false, 'en');
    expect(Menu.buildFromTemplate).toHaveBeenCalledTimes(1);
    expect(template.map((i) => i.label ?? i.role)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(build(false, 'zh-CN').template[0]?.label).toBe('文件');
  });

  it('labels every item in the desk’s language, those Electron would name in English too', () => {
    const labelled = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
      items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? labelled(i.submenu) : [])]).filter((i) => i.type !== 'separator');
    const zh = labelled(build(true, 'zh-CN').template);
    expect(zh.filter((i) => !i.label)).toEqual([]);
    expect(zh.every((i) => !/[A-Za-z]/.test(i.label!))).toBe(true);
    expect(zh.find((i) => i.role === 'paste')?.label).toBe('粘贴');
    expect(zh.find((i) => i.role === 'zoomIn')?.label).toBe('放大');
  });

  it('offers reload and developer tools only in development', () => {
    expect(roles(build(false).template)).not.toContain('reload');
    expect(roles(build(false).template)).not.toContain('toggleDevTools');
    expect(roles(build(true).template)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('wires quit and about to the actions', () => {
    const { template, actions } = build(false, 'en');
    const quit = item(template, 'Quit');
    expect(quit?.accelerator).toBe('CmdOrCtrl+Q');
    (quit?.click as () => void)();
    expect(actions.quit).toHaveBeenCalledTimes(1);
    (item(template, 'About Complaint Desk')?.click as () => void)();
    expect(actions.about).toHaveBeenCalledTimes(1);
  });
});
