import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { Plugin, UserConfig } from 'vite';

export const projectRoot = process.cwd();
export const rendererDir = resolve(projectRoot, 'src-renderer');
const version = (JSON.parse(readFileSync(resolve(projectRoot, 'package.json'), 'utf8')) as { version: string }).version;

/**
 * The dev server injects an inline React-refresh preamble and talks over a
 * websocket; loosen the CSP for `serve` only so production stays strict.
 */
function devCsp(): Plugin {
  return {
    name: 'complaint-desk:dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws: http://localhost:*"),
  };
}

/**
 * `__DESK_DEMO_TOOLS__` (the `demo.seed` command and the demo-data settings tab): built into the dev
 * server (`electron-vite dev`), into builds that ask for it (`demoTools`, the web harness) and into any
 * build run with `DESK_DEMO_TOOLS=1`; a normal `electron-vite build` leaves them out.
 */
function demoTools(always: boolean): Plugin {
  return {
    name: 'complaint-desk:demo-tools',
    config: (_config, { command }) => ({
      define: { __DESK_DEMO_TOOLS__: JSON.stringify(always || command === 'serve' || process.env.DESK_DEMO_TOOLS === '1') },
    }),
  };
}

/** Renderer settings shared by the Electron build and the browser harness. */
export function rendererConfig({ demoTools: withDemoTools = false }: { demoTools?: boolean } = {}): UserConfig {
  return {
    root: rendererDir,
    base: './',
    plugins: [react(), devCsp(), demoTools(withDemoTools)],
    define: { __APP_VERSION__: JSON.stringify(version) },
    worker: { format: 'es' },
    build: { target: 'chrome130', chunkSizeWarningLimit: 2000 },
  };
}
