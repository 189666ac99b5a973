import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openWorkspace } from '../../src/main/workspace'
import { corruptTable, journalModeOf } from '../fixtures/damage'
import { fileHash } from '../fixtures/temp-database'
import { startApp, type RunningApp } from '../harness/startApp'

// "Reach at" names no field Baton knows: the person maps it to the email by hand.
const CSV = [
  'Name,Reach at,Company,Campaign,Value,Created',
  'Ana Ruiz,ana@sol.test,Sol SL,Spring webinar,"1,200.00",2026-02-03',
  'Ben Ode,ben@ode.test,Ode Ltd,Spring webinar,800,2026-02-04',
  'Cleo Park,cleo@park.test,Park & Co,,lots,2026-02-05',
  'Dana Li,DANA@acme.test,Acme,,500,2026-02-06',
  'Eli Moss,eli@moss.test,Moss Inc,LinkedIn ads,2500,2026-02-07',
].join('\r\n')

describe('data in, data safe', () => {
  let app: RunningApp | undefined
  const temp: string[] = []
  afterEach(async () => {
    await app?.close()
    app = undefined
    for (const dir of temp.splice(0)) rmSync(dir, { recursive: true, force: true })
  })
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'baton-e2e-files-'))
    temp.push(dir)
    return dir
  }
  const leadCount = async () => {
    const info = await app!.call('app.info', {})
    return info.ok ? info.value.leadCount : -1
  }

  it('imports a CSV with a bad row and a duplicate, fixes the mapping, previews, imports, undoes, backs up and restores', async () => {
    app = await startApp()
    const { page } = app
    expect(await app.call('leads.create', { personName: 'Dana Li', email: 'dana@acme.test', company: 'Acme', tags: [] })).toMatchObject({ ok: true })
    const files = tempDir()
    const csv = join(files, 'leads-from-sheet.csv')
    writeFileSync(csv, `\ufeff${CSV}`)

    await page.getByRole('button', { name: 'Import', exact: true }).click()
    const dialog = page.getByRole('dialog', { name: 'Import leads' })
    app.platform.importFiles.push(csv)
    await dialog.getByRole('button', { name: 'Choose a file…' }).click()
    await dialog.getByText('leads-from-sheet.csv').waitFor()
    await expect.poll(() => dialog.getByLabel('Save “Reach at” as').inputValue()).toBe('')
    await expect.poll(() => dialog.getByLabel('Save “Name” as').inputValue()).toBe('personName')
    await app.screenshot('import-mapping')

    // Fix the mapping: the email column.
    await dialog.getByLabel('Save “Reach at” as').selectOption('email')
    await dialog.getByRole('button', { name: 'Next' }).click()
    // The campaigns the file names that Baton doesn't have are created (the default).
    await dialog.getByRole('region', { name: 'Campaigns Baton doesn’t have' }).getByText('Spring webinar').waitFor()
    await dialog.getByRole('button', { name: 'Preview' }).click()
    await dialog.getByText('5 rows read: 3 new leads, 1 duplicate skipped, 1 row rejected.').waitFor()
    const preview = dialog.getByRole('region', { name: 'Preview of the first rows' })
    await preview.getByRole('row', { name: /Dana Li/ }).getByText('Duplicate — skip').waitFor()
    await preview.getByRole('row', { name: /Ana Ruiz/ }).getByText('$1,200').waitFor()
    const problems = dialog.getByRole('region', { name: 'Rows that can’t be imported' })
    await problems.getByRole('row', { name: /4 Value “lots” is not an amount/ }).waitFor()
    expect(await leadCount()).toBe(1)
    await app.screenshot('import-preview')

    const rejected = join(files, 'rejected.csv')
    app.platform.savePaths.push(rejected)
    await problems.getByRole('button', { name: 'Save rejected rows as CSV…' }).click()
    await problems.getByText(`Saved to ${rejected}`).waitFor()
    expect(readFileSync(rejected, 'utf8')).toContain('Cleo Park,cleo@park.test,Park & Co,,lots,2026-02-05,4,Value: “lots” is not an amount')

    await dialog.getByRole('button', { name: 'Import 3 leads' }).click()
    await dialog.getByText('5 rows read: 3 leads created, 1 duplicate skipped, 1 row rejected.').waitFor()
    expect(await leadCount()).toBe(4)
    await app.screenshot('import-done')

    await dialog.getByRole('button', { name: 'Undo this import' }).click()
    await dialog.getByText('Import undone: 3 leads removed.').waitFor()
    expect(await leadCount()).toBe(1)
    await app.screenshot('import-undone')
    await dialog.getByRole('button', { name: 'Done' }).click()

    // Settings: the backups made on start and before the import, then one by hand.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click()
    const backups = page.getByRole('region', { name: 'Backups' })
    await backups.getByRole('row', { name: /Before an import/ }).waitFor()
    await backups.getByRole('button', { name: 'Back up now' }).click()
    await backups.getByRole('row', { name: /Backed up by you/ }).waitFor()
    await backups.getByRole('button', { name: 'Open backup folder' }).click()
    await expect.poll(() => app!.platform.opened.length).toBe(1)
    const history = page.getByRole('region', { name: 'Import' })
    await history.getByText('leads-from-sheet.csv').waitFor()
    await app.screenshot('backup-settings')

    // A lead added after the backup is gone once the backup is restored.
    expect(await app.call('leads.create', { personName: 'Zed Late', tags: [] })).toMatchObject({ ok: true })
    expect(await leadCount()).toBe(2)
    await backups.getByRole('row', { name: /Backed up by you/ }).getByRole('button', { name: /Restore the backup of/ }).click()
    const confirm = page.getByRole('dialog', { name: 'Restore this backup?' })
    await app.screenshot('backup-restore-confirm')
    await confirm.getByRole('button', { name: /^Restore / }).click()
    await page.getByText(/Restored the backup of/).waitFor()
    expect(await leadCount()).toBe(1)
    await backups.getByRole('row', { name: /Before a restore/ }).waitFor()
    await app.screenshot('backup-restored')
    expect(app.errors).toEqual([])
  })

  it('offers the newest good backup when the data file is damaged, and keeps the damaged file', async () => {
    const dataDir = tempDir()
    const workspace = await openWorkspace(dataDir, 'test', { automaticBackups: false })
    await workspace.dispatch('app.loadSample', { leads: 30 })
    await workspace.safety.backup('manual')
    await workspace.close()
    writeFileSync(join(dataDir, 'baton.sqlite'), 'SQLite format 3\u0000 — then nothing but scrambled bytes '.repeat(300))

    app = await startApp({ dataDir })
    const { page } = app
    await page.getByRole('heading', { name: 'Your data file is damaged' }).waitFor()
    await page.getByText(/with 30 leads/).waitFor()
    await app.screenshot('backup-recovery')
    await page.getByRole('button', { name: /Restore the backup of/ }).click()
    await page.getByRole('navigation', { name: 'Main' }).waitFor()
    expect(await leadCount()).toBe(30)
    await expect.poll(() => readFileSync(join(dataDir, 'baton.sqlite')).subarray(0, 15).toString()).toBe('SQLite format 3')
    const kept = (await import('node:fs')).readdirSync(dataDir).filter((name) => name.includes('-damaged-'))
    expect(kept.length).toBe(1)
    expect(existsSync(join(dataDir, kept[0]!))).toBe(true)
    expect(app.errors).toEqual([])
  })

  it('turns to the recovery screen when the check that runs after a quick open finds a damaged page, and writes nothing', async () => {
    const dataDir = tempDir()
    const workspace = await openWorkspace(dataDir, 'test', { automaticBackups: false })
    await workspace.dispatch('app.loadSample', { leads: 30 })
    await workspace.safety.backup('manual')
    await workspace.close()
    // One damaged page in a file Baton left in WAL mode with every migration applied: it opens at once and the check runs behind.
    const file = join(dataDir, 'baton.sqlite')
    expect(journalModeOf(file)).toBe('wal')
    corruptTable(file, 'campaigns')
    const damagedBytes = fileHash(file)

    app = await startApp({ dataDir })
    const { page } = app
    await page.getByRole('heading', { name: 'Your data file is damaged' }).waitFor()
    await page.getByText(/with 30 leads/).waitFor()
    await app.screenshot('backup-recovery-after-open')
    expect(await app.call('leads.create', { personName: 'Dana Li', email: 'dana@acme.test', company: 'Acme', tags: [] })).toMatchObject({ ok: false, error: { code: 'damaged' } })
    expect(fileHash(file)).toBe(damagedBytes)
    await page.getByRole('button', { name: /Restore the backup of/ }).click()
    await page.getByRole('navigation', { name: 'Main' }).waitFor()
    expect(await leadCount()).toBe(30)
    expect(app.errors).toEqual([])
  })
})
