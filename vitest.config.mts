import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/**
 * Unit tests. `node`: domain, store (fake-indexeddb) and main-process modules
 * (`electron` mocked per test). `ui`: React components in jsdom.
 */
export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify('0.0.0-test'), __DESK_DEMO_TOOLS__: 'true' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/unit/**/*.test.ts'],
          setupFiles: ['test/unit/setup-node.ts'],
        },
      },
      {
        extends: true,
        plugins: [react()],
        test: {
          name: 'ui',
          environment: 'jsdom',
          include: ['test/unit/**/*.test.tsx'],
          setupFiles: ['test/unit/setup-ui.ts'],
        },
      },
    ],
  },
});
