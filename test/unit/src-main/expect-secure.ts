import { expect } from 'vitest';
import type { FakeBrowserWindow } from './fake-electron';

/** The settings no window of the app may ever be created without. */
export const LOCKED_DOWN = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
} as const;

export function expectLockedDown(window: FakeBrowserWindow): void {
  expect(window.options.webPreferences).toMatchObject(LOCKED_DOWN);
  expect(window.options.webPreferences?.preload).toMatch(/\.js$/);
  // Every window's contents is hardened too: window.open goes through the deny handler.
  expect(window.webContents.windowOpenHandler).toBeTypeOf('function');
  expect(window.webContents.listenerCount('will-navigate')).toBeGreaterThan(0);
}
