import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { hasUnsavedEdits, useUnsavedGuard } from './unsavedGuard'

function Form({ dirty }: { dirty: boolean }) {
  useUnsavedGuard(dirty)
  return null
}

const closeWindow = () => {
  const event = new Event('beforeunload', { cancelable: true })
  window.dispatchEvent(event)
  return event.defaultPrevented
}

describe('useUnsavedGuard', () => {
  it('holds up closing only while a form has unsaved edits', () => {
    const view = render(<Form dirty={false} />)
    expect(closeWindow()).toBe(false)
    view.rerender(<Form dirty />)
    expect(hasUnsavedEdits()).toBe(true)
    expect(closeWindow()).toBe(true)
    view.rerender(<Form dirty={false} />)
    expect(closeWindow()).toBe(false)
    view.rerender(<Form dirty />)
    view.unmount()
    expect(hasUnsavedEdits()).toBe(false)
    expect(closeWindow()).toBe(false)
  })
})
