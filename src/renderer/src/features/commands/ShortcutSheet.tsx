import { Dialog } from '../../ui/Dialog'
import { COMMANDS } from './commands'
import { Keys, MOD_KEY } from './Keys'
import './palette.css'

/** "?" — every keyboard shortcut on one sheet. */
export function ShortcutSheet({ onClose }: { onClose: () => void }) {
  const rows = [
    { label: 'Search and run commands', keys: [MOD_KEY, 'K'] },
    { label: 'Search', keys: ['/'] },
    ...COMMANDS.filter((c) => c.keys).map((c) => ({ label: c.label, keys: c.keys ?? [] })),
    { label: 'Close a dialog or the lead panel', keys: ['Esc'] },
  ]
  return (
    <Dialog title="Keyboard shortcuts" open onClose={onClose}>
      <p className="muted">Single-key shortcuts work anywhere except while you are typing in a field. For “G then P”, press G, let go, then P.</p>
      <dl className="shortcut-sheet">
        {rows.map((row) => (
          <div key={row.label} className="shortcut-sheet__row">
            <dt>{row.label}</dt>
            <dd>
              <Keys keys={row.keys} />
            </dd>
          </div>
        ))}
      </dl>
    </Dialog>
  )
}
