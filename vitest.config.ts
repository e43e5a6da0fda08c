import { defineConfig } from 'vitest/config';

// Files that start real processes named like a product (a copy of sleep called "zoom", "obs", …). Every clear on
// the machine sees them and rightly refuses ("Zoom is running: quit it first"), and every watcher warns about them,
// so they run after all other files, never beside a test that clears or watches.
const machineProcesses = [
  'test/unit/calls/linux-processes.test.ts',
  'test/unit/calls/linux-processes-cache.test.ts',
  'test/unit/calls/linux-quiet-poll.test.ts',
  'test/unit/calls/linux-comm-handles.test.ts',
  'test/unit/calls/linux-kernel-threads.test.ts',
  'test/unit/calls/watch-cli.test.ts',
  'test/unit/cleanup/processes.test.ts',
  'test/unit/cleanup/refused-while-running.test.ts',
  'test/unit/products/spawned.test.ts',
  'test/unit/products/stock-processes.test.ts',
];

export default defineConfig({
  test: {
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['test/setup-fast-check.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: ['default', './test/summary-reporter.ts'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: machineProcesses, sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'machine processes', include: machineProcesses, sequence: { groupOrder: 1 } } },
    ],
  },
});
