import { Menu, Tray, nativeImage } from 'electron';
import type { MainMessages } from '../core/messages';

export interface TrayActions {
  open(): void;
  quit(): void;
}

/** The tray icon keeps the app reachable (and its alerts running) while the window is hidden. */
export function createTray(iconPath: string, messages: MainMessages, actions: TrayActions): Tray {
  const tray = new Tray(nativeImage.createFromPath(iconPath));
  applyTrayMessages(tray, messages, actions);
  tray.on('click', () => actions.open());
  return tray;
}

export function applyTrayMessages(tray: Tray, messages: MainMessages, actions: TrayActions): void {
  tray.setToolTip(messages.trayTooltip);
  tray.setContextMenu(
    Menu.buildFromTemplate([
      { label: messages.trayOpen, click: () => actions.open() },
      { type: 'separator' },
      { label: messages.trayQuit, click: () => actions.quit() },
    ]),
  );
}
