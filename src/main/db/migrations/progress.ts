/** How far a long migration has got: `done` of `total` (its own units), told as it goes. */
export type MigrationProgress = (done: number, total: number) => void
