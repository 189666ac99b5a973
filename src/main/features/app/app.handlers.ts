import type { appContract } from '@shared/contract/app'
import { AppError } from '@shared/errors'
import { dirname } from 'node:path'
import { isServerAddress } from '../../db/errors'
import type { Db, HandlersFor } from '../context'
import { generateSample } from '../sample/generate'

async function counts(db: Db) {
  const row = await db
    .selectNoFrom((eb) => [
      eb.selectFrom('campaigns').select(eb.fn.countAll<number>().as('n')).as('campaigns'),
      eb.selectFrom('leads').select(eb.fn.countAll<number>().as('n')).as('leads'),
    ])
    .executeTakeFirstOrThrow()
  return { campaigns: Number(row.campaigns ?? 0), leads: Number(row.leads ?? 0) }
}

export const appHandlers: HandlersFor<typeof appContract> = {
  'app.info': async ({ db, dataFile, appVersion }) => {
    const { campaigns, leads } = await counts(db)
    return { dataFile, appVersion, campaignCount: campaigns, leadCount: leads }
  },
  'app.openDataFolder': async ({ dataFile, platform }) => {
    if (isServerAddress(dataFile)) throw new AppError('rule', 'This workspace is kept on a PostgreSQL server, so it has no data folder on this computer.')
    const folder = dirname(dataFile)
    await platform.openFolder(folder)
    return { folder }
  },
  'app.loadSample': async ({ db }, { leads }) => {
    const existing = await counts(db)
    if (existing.campaigns + existing.leads > 0) {
      throw new AppError('rule', 'Sample data can only be loaded into an empty workspace, so nothing of yours is mixed with it.')
    }
    return generateSample(db, { leads })
  },
}
