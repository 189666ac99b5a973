import type { Lead } from '@shared/domain/leads'
import { CustomFieldsSection } from '../custom-fields/CustomFieldsSection'
import { useUpdateLead } from './lead-detail.queries'

/** The lead's custom fields in the drawer, each saved through leads.update as it changes. */
export function LeadCustomFields({ lead }: { lead: Lead }) {
  const update = useUpdateLead()
  return <CustomFieldsSection entity="lead" recordId={lead.id} values={lead.customFields} save={(customFields) => update.mutateAsync({ id: lead.id, fields: { customFields } })} />
}
