import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tools/**/*.test.ts', 'test/**/*.test.ts', 'deploy/**/*.test.ts'],
    environment: 'node',
    // Several tests regenerate models or build small sites; 5 s is too tight on a busy 2-core machine.
    testTimeout: 30_000,
  },
});
