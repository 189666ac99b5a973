import { useState } from 'react'
import { formatClock, parseClock, type Preferences } from '@shared/domain/preferences'
import { errorMessage } from '../../api/errors'
import { Field } from '../../ui/Field'
import { useToast } from '../../ui/Toast'
import { useUpdatePreferences } from '../preferences/preferences.queries'

/** Desktop notifications when a follow-up falls due, and the hours they stay quiet. */
export function NotificationsCard({ preferences }: { preferences: Preferences }) {
  const update = useUpdatePreferences()
  const toast = useToast()
  const quiet = preferences.quietHours
  const [start, setStart] = useState(quiet ? formatClock(quiet.startMinute) : '')
  const [end, setEnd] = useState(quiet ? formatClock(quiet.endMinute) : '')
  const [error, setError] = useState<string | null>(null)

  const onError = (err: unknown) => toast.show(`Couldn’t save notifications: ${errorMessage(err)}`, { tone: 'error' })

  function saveQuiet() {
    if (start === '' && end === '') {
      setError(null)
      update.mutate({ quietHours: null }, { onError, onSuccess: () => toast.show('Quiet hours are off.') })
      return
    }
    const startMinute = parseClock(start)
    const endMinute = parseClock(end)
    if (startMinute === null || endMinute === null) {
      setError('Enter both times as hours and minutes, like 22:00 and 07:30 — or clear both to turn quiet hours off.')
      return
    }
    setError(null)
    update.mutate({ quietHours: { startMinute, endMinute } }, { onError, onSuccess: () => toast.show(`Quiet from ${formatClock(startMinute)} to ${formatClock(endMinute)}.`) })
  }

  return (
    <section className="card settings-card" aria-labelledby="notifications-title">
      <h2 id="notifications-title">Notifications</h2>
      <label className="checkbox-label">
        <input
          type="checkbox"
          checked={preferences.notificationsEnabled}
          onChange={(e) => update.mutate({ notificationsEnabled: e.target.checked }, { onError })}
        />
        Tell me on the desktop when a follow-up is due (clicking it opens the lead)
      </label>
      <form
        className="settings-grid"
        onSubmit={(event) => {
          event.preventDefault()
          saveQuiet()
        }}
        noValidate
      >
        <Field label="Quiet from" hint="24-hour time, like 22:00" error={error ?? undefined}>
          <input type="time" value={start} onChange={(e) => setStart(e.target.value)} />
        </Field>
        <Field label="Quiet until">
          <input type="time" value={end} onChange={(e) => setEnd(e.target.value)} />
        </Field>
        <div className="settings-grid__actions">
          <button type="submit" className="button" disabled={update.isPending}>
            Save quiet hours
          </button>
        </div>
      </form>
      <p className="muted">Follow-ups that fall due during quiet hours are announced when they end.</p>
    </section>
  )
}
