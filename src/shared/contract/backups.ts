import { z } from 'zod'
import type { BackupInfo, BackupList, RecoveryStatus, RestoreOutcome } from '../domain/backups'
import { call } from './define'

const BackupName = z.string().regex(/^baton-[\w-]+\.sqlite$/, 'That is not a backup file name')
const NoInput = z.object({}).strict()

export const backupsContract = {
  'backups.list': call(NoInput).returns<BackupList>(),
  'backups.create': call(NoInput).returns<BackupInfo>(),
  'backups.restore': call(z.object({ name: BackupName }).strict()).returns<RestoreOutcome>(),
  'backups.openFolder': call(NoInput).returns<{ folder: string }>(),
  /** Asks for a new folder (e.g. a synced one) and moves every backup there. Null when the person cancels. */
  'backups.chooseFolder': call(NoInput).returns<BackupList | null>(),
  /** Whether the data file failed its check on open, and the newest backup that passes. */
  'recovery.status': call(NoInput).returns<RecoveryStatus>(),
  /** The same, once the integrity check that runs after a quick open has finished: it answers when the check does. */
  'recovery.checked': call(NoInput).returns<RecoveryStatus>(),
  'recovery.restoreNewest': call(NoInput).returns<RestoreOutcome>(),
  'recovery.startFresh': call(NoInput).returns<{ damagedKeptAt: string }>(),
}
