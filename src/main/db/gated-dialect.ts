import { SqliteDialect, type CompiledQuery, type DatabaseConnection, type Driver, type QueryResult, type TransactionSettings } from 'kysely'
import type BetterSqlite3 from 'better-sqlite3'
import type { IntegrityGate } from './integrity-gate'

interface Preparer {
  prepare(sqlText: string): BetterSqlite3.Statement
}

// The one path kysely writes through, with the integrity gate in it: while the file's check
// runs, a statement SQLite says changes nothing (a SELECT, BEGIN, COMMIT) goes ahead, and any
// other waits for the check — holding kysely's single connection, so every later query waits
// behind it and writes land in the order they were made. Once the check has passed, the
// only cost is reading one boolean.

/** A SqliteDialect whose writes wait for `gate`. `database` is the statement cache (its prepare is cheap on a hit). */
export class GatedSqliteDialect extends SqliteDialect {
  constructor(
    private readonly database: Preparer & { close(): void },
    private readonly gate: IntegrityGate,
  ) {
    super({ database })
  }

  override createDriver(): Driver {
    return new GatedDriver(super.createDriver(), this.database, this.gate)
  }
}

class GatedDriver implements Driver {
  private readonly wrapped = new WeakMap<DatabaseConnection, DatabaseConnection>()
  private readonly innerOf = new WeakMap<DatabaseConnection, DatabaseConnection>()

  constructor(
    private readonly inner: Driver,
    private readonly database: Preparer,
    private readonly gate: IntegrityGate,
  ) {}

  init(): Promise<void> {
    return this.inner.init()
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    const connection = await this.inner.acquireConnection()
    let gated = this.wrapped.get(connection)
    if (!gated) {
      gated = this.gated(connection)
      this.wrapped.set(connection, gated)
      this.innerOf.set(gated, connection)
    }
    return gated
  }

  private gated(connection: DatabaseConnection): DatabaseConnection {
    return {
      executeQuery: <R>(query: CompiledQuery): Promise<QueryResult<R>> => {
        if (this.gate.intact || this.changesNothing(query.sql)) return connection.executeQuery<R>(query)
        return this.gate.whenIntact().then(() => connection.executeQuery<R>(query))
      },
      streamQuery: <R>(query: CompiledQuery, chunkSize: number) => connection.streamQuery<R>(query, chunkSize),
    }
  }

  private changesNothing(sqlText: string): boolean {
    try {
      return this.database.prepare(sqlText).readonly
    } catch {
      // It cannot be prepared, so it cannot run either: the connection throws the same error.
      return true
    }
  }

  beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    return this.inner.beginTransaction(connection, settings)
  }

  commitTransaction(connection: DatabaseConnection): Promise<void> {
    return this.inner.commitTransaction(connection)
  }

  rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    return this.inner.rollbackTransaction(connection)
  }

  savepoint(connection: DatabaseConnection, name: string, compile: Parameters<NonNullable<Driver['savepoint']>>[2]): Promise<void> {
    return this.inner.savepoint!(connection, name, compile)
  }

  rollbackToSavepoint(connection: DatabaseConnection, name: string, compile: Parameters<NonNullable<Driver['rollbackToSavepoint']>>[2]): Promise<void> {
    return this.inner.rollbackToSavepoint!(connection, name, compile)
  }

  releaseSavepoint(connection: DatabaseConnection, name: string, compile: Parameters<NonNullable<Driver['releaseSavepoint']>>[2]): Promise<void> {
    return this.inner.releaseSavepoint!(connection, name, compile)
  }

  releaseConnection(connection: DatabaseConnection): Promise<void> {
    return this.inner.releaseConnection(this.innerOf.get(connection) ?? connection)
  }

  destroy(): Promise<void> {
    return this.inner.destroy()
  }
}
