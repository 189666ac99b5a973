import type { Lead } from '@shared/domain/leads'
import { CustomFieldsSection } from '../custom-fields/CustomFieldsSection'
import { useUpdateLead } from './lead-detail.queries'

/** The lead's custom fields in the drawer, each saved through leads.update as it changes, based on the version shown. */
export function LeadCustomFields({ lead }: { lead: Lead }) {
  const update = useUpdateLead()
  return (
    <CustomFieldsSection
      entity="lead"
      recordId={lead.id}
      values={lead.customFields}
      version={lead.version}
      save={(customFields, basedOnVersion) => update.mutateAsync({ id: lead.id, fields: { customFields }, basedOnVersion })}
    />
  )
}
