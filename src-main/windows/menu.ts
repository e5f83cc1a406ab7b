import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MainMessages } from '../core/messages';

export interface MenuActions {
  quit(): void;
  about(): void;
}

/** Application menu; reload and developer tools only in development builds. */
export function buildAppMenu(messages: MainMessages, actions: MenuActions, isDev: boolean): Menu {
  const view: MenuItemConstructorOptions[] = isDev
    ? [
        { label: messages.menuReload, role: 'reload' },
        { label: messages.menuDevTools, role: 'toggleDevTools' },
        { type: 'separator' },
      ]
    : [];
  const template: MenuItemConstructorOptions[] = [
    { label: messages.menuFile, submenu: [{ label: messages.menuQuit, accelerator: 'CmdOrCtrl+Q', click: () => actions.quit() }] },
    { role: 'editMenu' },
    { label: messages.menuView, submenu: [...view, { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }] },
    { label: messages.menuHelp, submenu: [{ label: messages.menuAbout, click: () => actions.about() }] },
  ];
  return Menu.buildFromTemplate(template);
}
