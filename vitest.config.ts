import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests (engine, background logic) run in Node; component tests (React UI) in jsdom.
// The e2e suite drives a real Chromium and runs separately (npm run test:e2e).
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: { name: 'unit', globals: true, environment: 'node', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        plugins: [WxtVitest()],
        test: {
          name: 'component',
          globals: true,
          environment: 'jsdom',
          include: ['tests/component/**/*.test.tsx'],
          setupFiles: ['tests/component/setup.ts'],
        },
      },
    ],
  },
});
