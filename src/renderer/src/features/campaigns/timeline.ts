// Where a campaign's bar sits on a year's track, as fractions of the year.

export interface Dated {
  startsOn: string | null
  endsOn: string | null
}

const dayIndex = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000

/** Left edge and width (0–1) of the bar within `year`, or null when the campaign has no dates or misses the year. */
export function barWithinYear(campaign: Dated, year: number): { left: number; width: number } | null {
  if (!campaign.startsOn) return null
  const start = dayIndex(campaign.startsOn)
  // A campaign with no end is drawn as one day long: its start is all that is known.
  const end = dayIndex(campaign.endsOn ?? campaign.startsOn) + 1
  const yearStart = dayIndex(`${year}-01-01`)
  const yearEnd = dayIndex(`${year + 1}-01-01`)
  if (end <= yearStart || start >= yearEnd) return null
  const span = yearEnd - yearStart
  const from = Math.max(start, yearStart)
  const to = Math.min(end, yearEnd)
  return { left: (from - yearStart) / span, width: (to - from) / span }
}
