import { AppError } from '@shared/errors'

/** The sentence to show a person for any failure. */
export function errorMessage(error: unknown): string {
  if (error instanceof AppError) return error.message
  return 'Something went wrong. Try again.'
}

/** Field errors from a zod result or an AppError with a field, keyed by the top-level field name. */
export type FieldErrors = Partial<Record<string, string>>

export function fieldOf(error: unknown): FieldErrors | null {
  if (error instanceof AppError && error.field) {
    const key = error.field.split('.').pop() ?? error.field
    return { [key]: error.message }
  }
  return null
}
