/** Another lead that already uses an email address (for the duplicate warning). */
export interface LeadMatch {
  id: number
  personName: string
  company: string | null
}
