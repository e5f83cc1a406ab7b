import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { rendererConfig } from './vite.shared.mts';

/**
 * The browser harness: the same renderer, store host in a Web Worker
 * (chosen at run time because no preload bridge is present). Demo tools are
 * built in: the benchmark and `npm run seed` load their cases through them.
 */
const renderer = rendererConfig({ demoTools: true });

export default defineConfig({
  ...renderer,
  build: {
    ...renderer.build,
    // WEB_OUT_DIR lets two builds (and their previews) run side by side without overwriting each other.
    outDir: resolve(process.cwd(), process.env.WEB_OUT_DIR ?? 'dist-web'),
    emptyOutDir: true,
    rolldownOptions: { input: { index: resolve(process.cwd(), 'src-renderer/index.html') } },
  },
  preview: { host: '127.0.0.1', port: 5199, strictPort: true },
});
