import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MainMessages } from '../core/messages';

export interface MenuActions {
  quit(): void;
  about(): void;
}

/**
 * Application menu; reload and developer tools only in development builds. Every item has its label
 * in the desk's language: Electron names the items of a role itself, in English, on Windows and Linux.
 */
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
    {
      label: messages.menuEdit,
      submenu: [
        { label: messages.menuUndo, role: 'undo' },
        { label: messages.menuRedo, role: 'redo' },
        { type: 'separator' },
        { label: messages.menuCut, role: 'cut' },
        { label: messages.menuCopy, role: 'copy' },
        { label: messages.menuPaste, role: 'paste' },
        { label: messages.menuSelectAll, role: 'selectAll' },
      ],
    },
    {
      label: messages.menuView,
      submenu: [
        ...view,
        { label: messages.menuResetZoom, role: 'resetZoom' },
        { label: messages.menuZoomIn, role: 'zoomIn' },
        { label: messages.menuZoomOut, role: 'zoomOut' },
        { type: 'separator' },
        { label: messages.menuFullScreen, role: 'togglefullscreen' },
      ],
    },
    { label: messages.menuHelp, submenu: [{ label: messages.menuAbout, click: () => actions.about() }] },
  ];
  return Menu.buildFromTemplate(template);
}
