import { countOf, LEAD } from '@shared/domain/plural'

export const leadsCount = (n: number) => countOf(n, LEAD)
