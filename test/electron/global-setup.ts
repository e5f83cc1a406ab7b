import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { findElectron, missingDisplay, root } from './electron-app';

/** Builds out/ for the specs where they can run; otherwise says why they will be skipped. */
export default function globalSetup(): void {
  const electron = findElectron();
  const display = missingDisplay();
  if (electron.missing || display) {
    const reason = electron.missing ? `Electron binary not installed: ${electron.missing}` : `Electron cannot start: ${display}`;
    console.log(`\n_electron specs will be skipped — ${reason}\n`);
    return;
  }
  if (process.env.COMPLAINT_DESK_SKIP_BUILD) return;
  const result = spawnSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error(`electron-vite build failed (exit ${result.status})`);
}
