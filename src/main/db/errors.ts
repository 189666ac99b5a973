/** A PostgreSQL address (postgres:// or postgresql://) rather than a file path. */
export const isServerAddress = (target: string) => /^postgres(ql)?:\/\//i.test(target)

/** The file is not a readable SQLite database, or it failed its integrity check. */
export class DatabaseDamagedError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(
      `Baton could not open its data file because it is damaged (${detail}). ` +
        `Nothing was changed. Restore a backup, or move ${file} aside to start a new workspace.`,
    )
    this.name = 'DatabaseDamagedError'
  }
}

/** The file was written by a newer Baton; opening it with this one could lose data. */
export class DatabaseFromTheFutureError extends Error {
  constructor(
    readonly file: string,
    readonly unknownMigrations: string[],
  ) {
    const what = isServerAddress(file) ? 'team workspace' : 'data file'
    super(
      `This ${what} was last opened by a newer version of Baton (it has changes this version does not know: ` +
        `${unknownMigrations.join(', ')}). Nothing was changed. Update Baton to open ${file}.`,
    )
    this.name = 'DatabaseFromTheFutureError'
  }
}

/** Another program holds the file locked; nothing is wrong with it. */
export class DatabaseBusyError extends Error {
  constructor(readonly file: string) {
    super(`Another program is using Baton's data file (${file}), so Baton could not open it. Close that program (or another Baton window) and start Baton again.`)
    this.name = 'DatabaseBusyError'
  }
}

/** The team database could not be reached, or refused the login. `address` never shows the password. */
export class DatabaseUnreachableError extends Error {
  constructor(
    readonly address: string,
    detail: string,
    login = false,
  ) {
    super(
      login
        ? `The team database at ${address} refused Baton's login (${detail}). Check the user name, password and database name, then try again.`
        : `Baton could not reach the team database at ${address} (${detail}). Check that the server is running and that this computer can reach it, then try again.`,
    )
    this.name = 'DatabaseUnreachableError'
  }
}
