/**
 * How far a long migration has got: `done` of `total` (its own units), told as it goes. The
 * migration awaits it: on SQLite the whole upgrade runs on the main process's thread, and a screen
 * showing the progress gets its turn only there.
 */
export type MigrationProgress = (done: number, total: number) => void | Promise<void>
