import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { projectRoot as root, rendererConfig, rendererDir } from './src-renderer/vite.shared.mts';

const renderer = rendererConfig();

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      rolldownOptions: { input: { index: resolve(root, 'src-main/index.ts') } },
    },
  },
  preload: {
    build: {
      // Sandboxed preloads cannot require sibling chunks: each entry is one self-contained file.
      isolatedEntries: true,
      externalizeDeps: false,
      outDir: resolve(root, 'out/preload'),
      rolldownOptions: {
        input: { ui: resolve(root, 'src-main/preload/ui.ts'), host: resolve(root, 'src-main/preload/host.ts') },
      },
    },
  },
  renderer: {
    ...renderer,
    build: {
      ...renderer.build,
      outDir: resolve(root, 'out/renderer'),
      rolldownOptions: {
        input: { index: resolve(rendererDir, 'index.html'), 'store-host': resolve(rendererDir, 'store-host.html') },
      },
    },
  },
});
