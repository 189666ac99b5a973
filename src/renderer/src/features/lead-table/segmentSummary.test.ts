import { describe, expect, it } from 'vitest'
import { segmentMoveSummary } from './segmentSummary'

const deal = (personId: number | null, personName: string | null, organizationId: number | null, company: string | null) => ({ personId, personName, organizationId, company })

describe('segmentMoveSummary', () => {
  it('names the organisations that moved, once each, and says their other deals went too', () => {
    const leads = [deal(1, 'Dana Li', 10, 'Acme Ltd'), deal(2, 'Bo Chen', 10, 'Acme Ltd'), deal(3, 'Cy Ray', 11, 'Globex')]
    expect(segmentMoveSummary(leads, 'Dental clinics')).toBe('Put Acme Ltd and Globex in “Dental clinics”. Their other deals moved with them.')
  })

  it('counts when there are many, and puts people without an organisation beside them', () => {
    const leads = [deal(1, 'A', 10, 'Acme'), deal(2, 'B', 11, 'Globex'), deal(3, 'C', 12, 'Initech'), deal(4, 'Dana Li', null, null)]
    expect(segmentMoveSummary(leads, null)).toBe('Took 3 organisations and 1 person out of their segment. Their other deals moved with them.')
    expect(segmentMoveSummary([deal(4, 'Dana Li', null, null)], 'VIP')).toBe('Put Dana Li in “VIP”. Their other deals moved with them.')
  })
})
