import { randomBytes } from 'node:crypto'
import { rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { AppError } from '@shared/errors'

/** Raised when the person cancels an export; nothing is left on disk. */
export class ExportCancelled extends AppError {
  constructor() {
    super('rule', 'The export was cancelled. No file was written.')
  }
}

export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new ExportCancelled()
}

/** Lets the event loop answer other calls between chunks of a long export. */
export const breathe = () => new Promise<void>((resolve) => setImmediate(resolve))

/** A hidden name beside the target, so the rename at the end stays on one disk. */
export function tempNameFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(4).toString('hex')}.part`)
}

/**
 * Writes `target` through a temp file that is renamed into place only when `write`
 * finishes: a cancelled or failed export leaves neither a half-written file nor a temp one.
 */
export async function writeAtomically(target: string, write: (tempFile: string) => Promise<void>): Promise<void> {
  const temp = tempNameFor(target)
  try {
    await write(temp)
    await rename(temp, target)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  }
}
