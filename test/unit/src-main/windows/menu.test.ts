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
    expect(template.map((i) => i.label ?? i.role)).toEqual(['File', 'editMenu', 'View', 'Help']);
    expect(build(false, 'zh-CN').template[0]?.label).toBe('文件');
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
