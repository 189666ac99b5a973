import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { historyOf, importAsGuessed, lead, savedLeads } from '../../../../test/fixtures/imports'
import { useTempWorkspace } from '../../../../test/fixtures/workspace'

// Spreadsheets as firms keep them by hand: Windows-1252, ";" between cells, "1.234,50 €",
// "31.12.2026", a title above the table, a totals row below it, headers in the firm's language.
// Imported with Baton's own guesses; every cell of every lead is checked.

const fixture = (name: string) => join(import.meta.dirname, 'fixtures', 'exports', name)
const noon = (day: string) => `${day}T12:00:00.000Z`

describe('hand-kept European spreadsheets', { timeout: 60_000 }, () => {
  const ws = useTempWorkspace()
  /** A firm that keeps its books in euros: amounts written with "€" are its own. */
  const inEuros = async () => expect(await ws().dispatch('preferences.update', { currency: 'EUR' })).toMatchObject({ ok: true })

  it('amounts written in euros are held for a rate when the firm counts in dollars', async () => {
    const { outcome } = await importAsGuessed(ws(), fixture('german-sales-list.csv'), {}, 'preview')
    expect(outcome.currencies).toEqual([{ currency: 'EUR', rows: 4, totalMinor: 6_073_450, choice: null, convertedMinor: null }])
    expect(outcome.preview[0]).toMatchObject({ valueMinor: null, original: { currency: 'EUR', valueMinor: 123_450 } })
    const rejected = await importAsGuessed(ws(), fixture('german-sales-list.csv'), { currencies: { EUR: { kind: 'reject' } } }, 'preview')
    expect(rejected.outcome).toMatchObject({ created: 1, rejected: 4 })
    expect(rejected.outcome.problems[0]).toEqual({ row: 5, column: 'Betrag', reason: 'The amount is in EUR, and you chose to leave out the rows in EUR' })
  })

  it('German, Windows-1252, ";" and "1.234,50 €": the header under a title, the "Summe" row left out, row numbers as the sheet shows them', async () => {
    await inEuros()
    const { summary, outcome } = await importAsGuessed(ws(), fixture('german-sales-list.csv'))
    expect(summary).toMatchObject({ textEncoding: 'windows-1252', headerRow: 4, dayOrder: 'dmy', decimalMark: ',', unreadable: 0 })
    expect(summary.mapping).toEqual(['company', 'firstName', 'lastName', 'email', 'phone', 'campaign', 'stage', 'value', 'createdOn', 'closeDate'])
    expect(summary.topRows.map((r) => r.row)).toEqual([1, 2, 4, 5, 6, 7, 8, 9, 11])
    expect(outcome).toMatchObject({ headerRow: 4, rowsRead: 5, created: 5, rejected: 0, won: 1, wonValueMinor: 4_550_000, lost: 1, closedWithoutDay: 0 })
    expect(outcome.leftOut).toEqual([{ row: 11, text: 'Summe' }])
    expect(outcome.preview.map((p) => p.row)).toEqual([5, 6, 7, 8, 9])
    expect(savedLeads(ws())).toEqual([
      lead({ person: 'Jürgen Müller', company: 'Müller & Söhne GmbH', email: 'j.mueller@mueller-soehne.test', phone: '+49 89 123456', campaign: 'Messe München', stage: 'Proposal', valueMinor: 123_450, createdAt: noon('2026-02-03') }),
      lead({ person: 'Renate Groß', company: 'Bäckerei Groß', email: 'renate@baeckerei-gross.test', campaign: 'Newsletter', stage: 'Negotiation', valueMinor: 1_200_000, createdAt: noon('2026-01-15') }),
      lead({ person: 'Horst Köhler', company: 'Straßenbau Köhler KG', email: 'h.koehler@koehler.test', phone: '0171 2345678', campaign: 'Messe München', stage: 'Won', valueMinor: 4_550_000, createdAt: noon('2025-12-01'), closedAt: noon('2025-12-31') }),
      lead({ person: 'Änne Zöllner', company: 'Café Zöllner', email: 'aenne@cafe-zoellner.test', campaign: 'Empfehlung', stage: 'Lost', valueMinor: 200_000, createdAt: noon('2025-11-10'), closedAt: noon('2026-01-20') }),
      lead({ person: 'Björn Weiß', company: 'Ingenieurbüro Weiß', email: 'bjoern@weiss-ing.test', campaign: 'Newsletter', stage: 'New', createdAt: noon('2026-02-28') }),
    ])
    expect(historyOf(ws(), 'Horst Köhler')).toEqual(['∅ → New @ 2025-12-01', 'New → Won @ 2025-12-31'])
  })

  it('French, narrow spaces in "1 250,00 €", "Nom" beside "Prénom" is the last name, a lost deal without a date left out as chosen', async () => {
    await inEuros()
    const { summary, outcome } = await importAsGuessed(ws(), fixture('french-prospects.csv'), { closeDayFallback: { kind: 'reject' } })
    expect(summary).toMatchObject({ textEncoding: 'utf-8', headerRow: 1, dayOrder: 'dmy', decimalMark: ',' })
    expect(summary.mapping).toEqual(['company', 'firstName', 'lastName', 'email', 'phone', 'stage', 'value', 'createdOn', 'owner', 'lostReason'])
    expect(outcome).toMatchObject({ rowsRead: 3, created: 2, rejected: 1, lost: 0, closedWithoutDay: 1, lostReasonsCreated: [] })
    expect(outcome.problems).toEqual([{ row: 4, column: 'Close date', reason: 'The file gives no day this deal was lost on, and you chose to leave such rows out' }])
    expect(outcome.leftOut).toEqual([{ row: 6, text: 'Total' }])
    expect(savedLeads(ws())).toEqual([
      lead({ person: 'Élodie Dupont', company: 'Boulangerie Dupont', email: 'elodie@dupont.test', phone: '01 23 45 67 89', stage: 'New', valueMinor: 125_000, owner: 'Claire Martin', createdAt: noon('2026-03-05') }),
      lead({ person: 'Théo Lefèvre', company: 'Garage Lefèvre', email: 'theo@garage-lefevre.test', stage: 'Proposal', valueMinor: 300_050, owner: 'Claire Martin', createdAt: noon('2026-02-17') }),
    ])
  })

  it('Dutch, Italian and Portuguese headers and amounts', async () => {
    await inEuros()
    for (const name of ['dutch-leads.csv', 'italian-leads.csv', 'portuguese-leads.csv']) {
      const { summary } = await importAsGuessed(ws(), fixture(name))
      expect(summary.mapping, name).toEqual(['company', 'firstName', 'lastName', 'email', 'phone', 'stage', 'value', 'createdOn', 'owner'])
      expect(summary, name).toMatchObject({ dayOrder: 'dmy', decimalMark: ',' })
    }
    expect(savedLeads(ws())).toEqual([
      lead({ person: 'Sanne de Vries', company: 'Bakkerij de Vries', email: 'sanne@devries.test', phone: '020 123 4567', stage: 'Proposal', valueMinor: 245_000, owner: 'Pieter Bakker', createdAt: noon('2026-02-14') }),
      lead({ person: 'Giulia Bianchi', company: 'Trattoria Bianchi', email: 'giulia@bianchi.test', phone: '02 1234567', stage: 'Negotiation', valueMinor: 180_000, owner: 'Marco Rossi', createdAt: noon('2026-01-27') }),
      lead({ person: 'João Silva', company: 'Padaria Silva', email: 'joao@silva.test', phone: '+351 21 123 4567', stage: 'Negotiation', valueMinor: 320_000, owner: 'Ana Costa', createdAt: noon('2026-03-13') }),
    ])
  })

  it('a Spanish workbook: a merged title, the header on row 4, dates and amounts as Excel keeps them, two emails in a cell, a totals formula', async () => {
    const book = new ExcelJS.Workbook()
    const sheet = book.addWorksheet('Ventas')
    sheet.getCell('A1').value = 'Ventas 2026 — Delegación Madrid'
    sheet.mergeCells('A1:H1')
    sheet.getCell('A2').value = 'Exportado el 31/12/2026'
    sheet.mergeCells('A2:H2')
    sheet.getRow(4).values = ['Empresa', 'Nombre', 'Apellidos', 'Correo electrónico', 'Teléfono', 'Etapa', 'Importe', 'Fecha de creación']
    sheet.getRow(5).values = ['Talleres García', 'Lucía', 'García', 'lucia@garcia.test, lgarcia@correo.test', '+34 91 123 45 67', 'Propuesta', 2450.5, new Date(Date.UTC(2026, 1, 9))]
    sheet.getRow(6).values = ['Hostal Ruiz', 'Pablo', 'Ruiz', 'pablo@hostalruiz.test', null, 'Ganado', 8000, new Date(Date.UTC(2025, 10, 20))]
    sheet.getRow(7).values = ['Frutas Ortega', 'Marta', 'Ortega', 'marta@ortega.test', null, 'Contactado', 950, new Date(Date.UTC(2026, 2, 2))]
    sheet.getRow(9).values = ['Total', null, null, null, null, null, { formula: 'SUM(G5:G7)', result: 11400.5 }, null]
    const file = join(ws().dir, 'ventas.xlsx')
    await book.xlsx.writeFile(file)

    const { summary, outcome } = await importAsGuessed(ws(), file, { closeDayFallback: { kind: 'day', day: '2026-01-15' } })
    expect(summary).toMatchObject({ format: 'xlsx', textEncoding: null, headerRow: 4 })
    expect(summary.mapping).toEqual(['company', 'firstName', 'lastName', 'email', 'phone', 'stage', 'value', 'createdOn'])
    expect(outcome).toMatchObject({ rowsRead: 3, created: 3, rejected: 0, won: 1, wonValueMinor: 800_000, closedWithoutDay: 1 })
    expect(outcome.leftOut).toEqual([{ row: 9, text: 'Total' }])
    expect(outcome.warnings).toEqual([{ row: 5, column: 'Correo electrónico', reason: '2 emails in one cell: lucia@garcia.test is the email, the others are in the notes' }])
    expect(savedLeads(ws())).toEqual([
      lead({ person: 'Lucía García', company: 'Talleres García', email: 'lucia@garcia.test', phone: '+34 91 123 45 67', stage: 'Proposal', valueMinor: 245_050, notes: 'Other emails: lgarcia@correo.test', createdAt: noon('2026-02-09') }),
      lead({ person: 'Pablo Ruiz', company: 'Hostal Ruiz', email: 'pablo@hostalruiz.test', stage: 'Won', valueMinor: 800_000, createdAt: noon('2025-11-20'), closedAt: noon('2026-01-15') }),
      lead({ person: 'Marta Ortega', company: 'Frutas Ortega', email: 'marta@ortega.test', stage: 'Contacted', valueMinor: 95_000, createdAt: noon('2026-03-02') }),
    ])
  })
})
