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
          testTimeout: 30_000,
          environment: 'jsdom',
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
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
})
