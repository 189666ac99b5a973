import { describe, expect, it } from 'vitest'
import { dayFirstColumn, normalizeHeading, parseSnapshotPaste, readCount, readDay } from './snapshotPaste'

const day = (measuredOn: string, values: Partial<Record<'impressions' | 'clicks' | 'visits' | 'engagements', number>>, rows: number[]) => ({
  measuredOn,
  impressions: null,
  clicks: null,
  visits: null,
  engagements: null,
  ...values,
  rows,
})

describe('readDay', () => {
  it.each([
    ['2026-03-02', '2026-03-02'],
    ['2026-3-2', '2026-03-02'],
    ['2026/03/02', '2026-03-02'],
    ['2026-03-02 00:00:00', '2026-03-02'],
    ['2026-03-02T00:00:00Z', '2026-03-02'],
    ['3/2/2026', '2026-03-02'],
    ['03/02/26', '2026-03-02'],
    ['Mar 2, 2026', '2026-03-02'],
    ['March 2, 2026', '2026-03-02'],
    ['Mon, Mar 2, 2026', '2026-03-02'],
    ['Monday, March 2, 2026', '2026-03-02'],
    ['2 Mar 2026', '2026-03-02'],
    ['2 March 2026', '2026-03-02'],
  ])('reads %s', (raw, iso) => {
    expect(readDay(raw)).toBe(iso)
  })

  it('reads a numeric date day first when told the column is day first', () => {
    expect(readDay('3/2/2026', true)).toBe('2026-02-03')
    expect(readDay('02.03.2026', true)).toBe('2026-03-02')
  })

  it.each(['', 'yesterday', '2026-02-30', '13/13/2026', 'Foo 2, 2026', '2026-03'])('refuses %j', (raw) => {
    expect(readDay(raw)).toBeNull()
  })
})

describe('dayFirstColumn', () => {
  it('is month first for US dates, day first once a day above 12 or a dot appears', () => {
    expect(dayFirstColumn(['3/2/2026', '3/9/2026'])).toBe(false)
    expect(dayFirstColumn(['3/2/2026', '25/2/2026'])).toBe(true)
    expect(dayFirstColumn(['02.03.2026'])).toBe(true)
    expect(dayFirstColumn(['2026-03-02'])).toBe(false)
  })
})

describe('readCount', () => {
  it('reads whole numbers with thousands separators', () => {
    expect(readCount('12480')).toBe(12_480)
    expect(readCount('12,480')).toBe(12_480)
    expect(readCount('1 024')).toBe(1024)
    expect(readCount('1\u00a0024')).toBe(1024)
    expect(readCount("1'024")).toBe(1024)
    expect(readCount('310.00')).toBe(310)
    expect(readCount(' 0 ')).toBe(0)
  })

  it('reads blanks and dashes as no figure', () => {
    for (const blank of ['', ' ', '--', '-', '—', 'N/A']) expect(readCount(blank)).toBeNull()
  })

  it('says why a cell is not a count', () => {
    expect(readCount('12.5')).toEqual({ error: '“12.5” isn\'t a whole number.' })
    expect(readCount('4.2%')).toEqual({ error: '“4.2%” isn\'t a whole number.' })
    expect(readCount('-3')).toEqual({ error: '“-3” is negative; a count can\'t be below zero.' })
    expect(readCount('lots')).toEqual({ error: '“lots” isn\'t a whole number.' })
    expect(readCount('99999999999999')).toEqual({ error: '“99999999999999” is too large.' })
  })
})

describe('normalizeHeading', () => {
  it('keeps only letters and digits, lower case', () => {
    expect(normalizeHeading('Impr.')).toBe('impr')
    expect(normalizeHeading('Clicks (all)')).toBe('clicksall')
    expect(normalizeHeading(' Start Date (in UTC) ')).toBe('startdateinutc')
  })
})

describe('parseSnapshotPaste', () => {
  it('reads rows copied from a spreadsheet (tab-separated)', () => {
    const result = parseSnapshotPaste('Date\tImpressions\tClicks\tSessions\tOpens\n2026-03-02\t12,480\t310\t190\t0\n2026-03-03\t9,020\t205\t122\t\n')
    expect(result.problem).toBeNull()
    expect(result.errors).toEqual([])
    expect(result.columns).toEqual({ day: 'Date', metrics: { impressions: 'Impressions', clicks: 'Clicks', visits: 'Sessions', engagements: 'Opens' }, ignored: [] })
    expect(result.days).toEqual([
      day('2026-03-02', { impressions: 12_480, clicks: 310, visits: 190, engagements: 0 }, [2]),
      day('2026-03-03', { impressions: 9020, clicks: 205, visits: 122, engagements: 0 }, [3]),
    ])
    expect(result.skipped).toBe(1)
  })

  it('reads a Google Ads export: title lines before the headings, quoted thousands, "--", total lines', () => {
    const csv = [
      'Campaign report',
      '"March 1, 2026 - March 31, 2026"',
      'Day,Campaign,Impr.,Clicks,CTR,Cost',
      '"Mon, Mar 2, 2026",Spring search,"1,204",88,7.31%,120.50',
      '"Tue, Mar 3, 2026",Spring search,--,--,--,0.00',
      'Total: Account,,"1,204",88,7.31%,120.50',
    ].join('\n')
    const result = parseSnapshotPaste(csv)
    expect(result.errors).toEqual([])
    expect(result.columns).toEqual({ day: 'Day', metrics: { impressions: 'Impr.', clicks: 'Clicks' }, ignored: ['Campaign', 'CTR', 'Cost'] })
    expect(result.days).toEqual([day('2026-03-02', { impressions: 1204, clicks: 88 }, [4]), day('2026-03-03', { impressions: 0, clicks: 0 }, [5])])
    expect(result.skipped).toBe(1)
  })

  it('reads a Meta Ads export, preferring link clicks to all clicks and adding up ad sets of the same day', () => {
    const csv = [
      'Reporting starts,Reporting ends,Ad set name,Reach,Impressions,Link clicks,Clicks (all),Landing page views,Post engagement',
      '2026-03-02,2026-03-02,Lookalike,900,1500,40,61,30,75',
      '2026-03-02,2026-03-02,Retargeting,400,600,25,33,20,41',
      '2026-03-03,2026-03-03,Lookalike,800,1300,35,50,28,60',
    ].join('\n')
    const result = parseSnapshotPaste(csv)
    expect(result.columns?.metrics).toEqual({ impressions: 'Impressions', clicks: 'Link clicks', visits: 'Landing page views', engagements: 'Post engagement' })
    expect(result.columns?.ignored).toEqual(['Reporting ends', 'Ad set name', 'Reach', 'Clicks (all)'])
    expect(result.days).toEqual([
      day('2026-03-02', { impressions: 2100, clicks: 65, visits: 50, engagements: 116 }, [2, 3]),
      day('2026-03-03', { impressions: 1300, clicks: 35, visits: 28, engagements: 60 }, [4]),
    ])
  })

  it('reads a LinkedIn export (Start Date (in UTC), US dates)', () => {
    const result = parseSnapshotPaste('Start Date (in UTC),Impressions,Clicks,Total Engagements\n3/9/2026,5000,42,120\n3/10/2026,4100,30,98')
    expect(result.days.map((d) => [d.measuredOn, d.impressions, d.clicks, d.engagements])).toEqual([
      ['2026-03-09', 5000, 42, 120],
      ['2026-03-10', 4100, 30, 98],
    ])
  })

  it('reads a Mailchimp export (emails sent as impressions, opens as engagements)', () => {
    const result = parseSnapshotPaste('Title,Send Date,Emails Sent,Unique Opens,Open Rate,Unique Clicks\nMarch news,"Mar 5, 2026",2400,860,35.8%,95')
    expect(result.columns?.metrics).toEqual({ impressions: 'Emails Sent', clicks: 'Unique Clicks', engagements: 'Unique Opens' })
    expect(result.days).toEqual([day('2026-03-05', { impressions: 2400, clicks: 95, engagements: 860 }, [2])])
  })

  it('reads semicolon-separated European exports with day-first dates', () => {
    const result = parseSnapshotPaste('Datum;Date;Sessions\nx;02.03.2026;14\nx;25.03.2026;9')
    expect(result.days.map((d) => [d.measuredOn, d.visits])).toEqual([
      ['2026-03-02', 14],
      ['2026-03-25', 9],
    ])
  })

  it('reports each bad row with its row number, column and reason, and keeps the good rows', () => {
    const csv = ['Date,Impressions,Clicks', '2026-03-02,100,5', 'next week,100,5', '2026-03-04,lots,5', '2026-03-05,100,-2', ',100,5', '2026-03-07,100,5'].join('\n')
    const result = parseSnapshotPaste(csv)
    expect(result.errors).toEqual([
      { row: 3, column: 'Date', message: '“next week” isn\'t a date Baton can read. Use a date like 2026-03-02.' },
      { row: 4, column: 'Impressions', message: '“lots” isn\'t a whole number.' },
      { row: 5, column: 'Clicks', message: '“-2” is negative; a count can\'t be below zero.' },
      { row: 6, column: 'Date', message: 'The date is missing.' },
    ])
    expect(result.days.map((d) => d.measuredOn)).toEqual(['2026-03-02', '2026-03-07'])
  })

  it('says what is missing when the headings cannot be read', () => {
    expect(parseSnapshotPaste('  ').problem).toMatch(/Nothing was pasted/)
    expect(parseSnapshotPaste('2026-03-02,100,5\n2026-03-03,90,4').problem).toMatch(/Couldn’t find the column headings/)
    expect(parseSnapshotPaste('Date,Cost\n2026-03-02,5').problem).toBe(
      'Found the date column “Date” but no column Baton can read as impressions, clicks, visits (sessions) or opens (engagements).',
    )
    expect(parseSnapshotPaste('Campaign,Impressions,Clicks\nA,5,1').problem).toBe('Found “Impressions”, “Clicks” but no date column. Add a column named Date or Day.')
    expect(parseSnapshotPaste('Date,Clicks\n\n').problem).toMatch(/no rows with figures/)
  })

  it('numbers rows as lines of the paste, so they match the spreadsheet', () => {
    const result = parseSnapshotPaste('Report\n\nDate,Clicks\n2026-03-02,x')
    expect(result.errors).toEqual([{ row: 4, column: 'Clicks', message: '“x” isn\'t a whole number.' }])
  })
})
