import type { TestProject } from 'vitest/node'
import { openPostgres } from '../../src/main/db/open-postgres'
import { startPostgresServer } from './postgresServer'

// The `postgres` test project's server: started once per run, with one migrated template
// database from which each test gets a fresh copy (test/fixtures/test-database.ts), and
// stopped (its folder removed) when the run ends.

export const TEMPLATE_DATABASE = 'baton_template'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The server's maintenance database, for CREATE/DROP DATABASE. */
    postgresAdminUrl: string
    /** A migrated, empty workspace database to copy. */
    postgresTemplate: string
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startPostgresServer()
  try {
    await server.admin(`CREATE DATABASE ${TEMPLATE_DATABASE}`)
    const template = await openPostgres(server.url(TEMPLATE_DATABASE))
    await template.close()
  } catch (error) {
    await server.stop()
    throw error
  }
  project.provide('postgresAdminUrl', server.url())
  project.provide('postgresTemplate', TEMPLATE_DATABASE)
  return () => server.stop()
}
