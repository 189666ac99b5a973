import { join } from 'node:path'
import { REPORT_TITLES, type reportsContract } from '@shared/contract/reports'
import { nowIso } from '@shared/domain/dates'
import { AppError } from '@shared/errors'
import { firmToday } from '../../db/calendar'
import type { HandlersFor } from '../context'
import { exportEverything } from '../exports/exportEverything'
import { buildDashboard } from './dashboard.service'
import { cancelExportJob, exportJob, startExportJob } from './exportJobs'
import { writeReportPack } from './reportPack'
import { freeName } from './reportPack'
import { buildReport } from './reports.builders'
import { deleteSavedReport, lastExportFolder, listSavedReports, readBranding, rememberExportFolder, saveReport, setFirmName } from './reports.repo'

export const reportsHandlers: HandlersFor<typeof reportsContract> = {
  'reports.dashboard': ({ db }, { period, filters }) => buildDashboard(db, period, filters, nowIso()),
  'reports.build': ({ db }, settings) => buildReport(db, settings, nowIso()),
  'reports.saved.list': ({ db }) => listSavedReports(db),
  'reports.saved.save': ({ db }, { name, settings }) => saveReport(db, name, settings),
  'reports.saved.delete': ({ db }, { id }) => deleteSavedReport(db, id),
  'reports.branding': ({ db }) => readBranding(db),
  'reports.setFirmName': ({ db }, { firmName }) => setFirmName(db, firmName),
  'reports.exportPack': async ({ db, platform }, settings) => {
    const folder = await platform.pickFolder(`Save the ${REPORT_TITLES[settings.kind]} report`, await lastExportFolder(db))
    if (!folder) return null
    await rememberExportFolder(db, folder)
    // Built now, so the files hold the figures of the moment the person asked.
    const doc = await buildReport(db, settings, nowIso())
    return startExportJob(`${doc.title}, ${doc.period.label}`, folder, async (progress) => {
      const files = await writeReportPack(doc, settings, folder, { printPdf: (route) => platform.printToPdf(route) }, progress)
      return { files, message: `Saved ${files.length} files.` }
    })
  },
  'reports.exportEverything': async ({ db, platform, safety }) => {
    // The zip holds each table's CSV beside a consistent copy of the data: a team workspace's is a solo file of one snapshot.
    const folder = await platform.pickFolder('Save everything to a folder', await lastExportFolder(db))
    if (!folder) return null
    await rememberExportFolder(db, folder)
    const name = freeName(folder, `Baton export ${await firmToday(db)}`, 'zip', new Set())
    const copy = safety.database.engine === 'postgres' ? 'a solo copy of the team workspace' : 'a copy of the data file'
    return startExportJob('Everything', folder, async (progress) => {
      const { tables } = await exportEverything(safety.database, join(folder, name), {
        signal: progress.signal,
        onProgress: (done, total, message) => progress.report(done, total, message),
      })
      return { files: [name], message: `Saved ${tables} tables and ${copy} in ${name}.` }
    })
  },
  'reports.exportJob': (_ctx, { id }) => exportJob(id),
  'reports.cancelExport': (_ctx, { id }) => cancelExportJob(id),
  'reports.openFolder': async ({ platform }, { id }) => {
    const job = exportJob(id)
    if (!job.folder) throw new AppError('rule', 'That export has no folder to open.')
    await platform.openFolder(job.folder)
    return { opened: true }
  },
}
