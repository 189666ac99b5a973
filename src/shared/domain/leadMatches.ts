/** Another lead whose person already uses an email address (for the duplicate warning). */
export interface LeadMatch {
  id: number
  dealName: string
  personId: number | null
  personName: string | null
  company: string | null
}
