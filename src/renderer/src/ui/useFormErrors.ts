import { useState } from 'react'
import type { z } from 'zod'
import { AppError } from '@shared/errors'
import { errorMessage } from '../api/errors'

/**
 * Field errors for a form: checked first with the same zod schema main uses (so the
 * person sees the message beside the field at once), then whatever main says back.
 */
export function useFormErrors() {
  const [fields, setFields] = useState<Partial<Record<string, string>>>({})
  const [form, setForm] = useState<string | null>(null)

  function check<S extends z.ZodType>(schema: S, value: unknown): z.output<S> | null {
    const result = schema.safeParse(value)
    if (result.success) {
      setFields({})
      setForm(null)
      return result.data
    }
    const next: Record<string, string> = {}
    for (const issue of result.error.issues) {
      const key = String(issue.path[0] ?? '')
      next[key] ??= issue.message
    }
    setFields(next)
    setForm('Check the highlighted fields.')
    return null
  }

  function fromError(error: unknown): void {
    if (error instanceof AppError && error.field) {
      const key = error.field.split('.').pop() ?? error.field
      setFields({ [key]: error.message })
      setForm(null)
    } else {
      setForm(errorMessage(error))
    }
  }

  return { fields, form, check, fromError, clear: () => (setFields({}), setForm(null)) }
}
