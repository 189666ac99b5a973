import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

const alias = { '@shared': resolve(import.meta.dirname, 'src/shared') }

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          globalSetup: ['test/harness/importWorker.globalSetup.ts'],
          // Some cases seed 10,000 leads (the FTS5 triggers index each one); on a busy two-core
          // machine that can pass vitest's 5 s default without anything being wrong.
          testTimeout: 30_000,
          environment: 'node',
          include: ['src/main/**/*.test.ts', 'src/preload/**/*.test.ts', 'src/shared/**/*.test.ts', 'scripts/**/*.test.ts'],
        },
      },
      {
        resolve: { alias },
        plugins: [react()],
        test: {
          name: 'component',
          globalSetup: ['test/harness/importWorker.globalSetup.ts'],
          environment: 'jsdom',
          // Each test types into the real React tree over a real SQLite file; on a shared two-core
          // machine under load that can pass 5 s without anything being wrong.
          testTimeout: 30_000,
          include: ['src/renderer/**/*.test.tsx', 'src/renderer/**/*.test.ts'],
          setupFiles: ['src/renderer/src/test/setup.ts'],
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.e2e.ts'],
          // Builds out/ (electron-vite build) once per run, before the first journey.
          globalSetup: ['test/harness/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // expect.poll waits for what a user waits for (a row, a stage in the file); its default
          // second is too short on a busy two-core machine, where one IPC round can take longer.
          // A passing poll still returns as soon as it holds: this only moves the give-up point.
          expect: { poll: { timeout: 15_000 } },
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
})
