import { createElectronPlatform } from './electron';
import type { Platform } from './types';
import { createWebPlatform } from './web';

export type { Platform } from './types';

/** Electron when the preload bridge is present, the browser harness otherwise. */
export function createPlatform(): Platform {
  return window.desk ? createElectronPlatform(window.desk) : createWebPlatform();
}
