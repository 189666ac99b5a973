import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react'
import type { AppCommand } from '@shared/contract/events'
import type { SearchHit } from '@shared/domain/search'
import { navigate, parseHash } from '../../app/router'
import { errorMessage } from '../../api/errors'
import { useToast } from '../../ui/Toast'
import { useBackUpNow } from '../backups/backups.queries'
import { onAppEvent, onCommand } from './commandBus'
import { GO_TO, SHORTCUT_BINDINGS } from './commands'
import { createShortcutReader, isPaletteChord } from './shortcuts'

// What a command opens is loaded when first opened, so the first screen stays small.
const CommandPalette = lazy(() => import('./CommandPalette').then((m) => ({ default: m.CommandPalette })))
const ShortcutSheet = lazy(() => import('./ShortcutSheet').then((m) => ({ default: m.ShortcutSheet })))
const LeadCreateDialog = lazy(() => import('../leads/LeadCreateDialog').then((m) => ({ default: m.LeadCreateDialog })))
const CampaignEditor = lazy(() => import('../campaigns/CampaignEditor').then((m) => ({ default: m.CampaignEditor })))
const ImportDialog = lazy(() => import('../imports/ImportDialog').then((m) => ({ default: m.ImportDialog })))
const OpenWorkspaceDialog = lazy(() => import('../workspaces/OpenWorkspaceDialog').then((m) => ({ default: m.OpenWorkspaceDialog })))

type Overlay = 'palette' | 'pipelines' | 'shortcuts' | 'new-lead' | 'new-campaign' | 'import' | 'open-workspace' | null

/** Opens a lead's panel over the page that is showing now. */
function openLead(leadId: number): void {
  const { path, params } = parseHash(window.location.hash)
  params.set('lead', String(leadId))
  navigate(path === '/' ? '/pipeline' : path, params)
}

function openHit(hit: SearchHit): void {
  if (hit.leadId !== null) openLead(hit.leadId)
  else navigate(hit.kind === 'campaign' ? `/campaigns/${hit.id}` : `/goals/${hit.id}`)
}

/**
 * The app's keyboard and menu layer: runs commands from the menu, the palette and
 * shortcuts, and hosts what they open (palette, shortcut sheet, new lead, new campaign).
 */
export function DesktopShell() {
  const [overlay, setOverlay] = useState<Overlay>(null)
  const close = useCallback(() => setOverlay(null), [])
  const toast = useToast()
  const backUp = useBackUpNow()
  const { mutate: backUpNow } = backUp

  const run = useCallback(
    (command: AppCommand) => {
      const path = GO_TO[command]
      if (command === 'open-palette') setOverlay('palette')
      else if (command === 'switch-pipeline') setOverlay('pipelines')
      else if (command === 'show-shortcuts') setOverlay('shortcuts')
      else if (command === 'new-lead' || command === 'new-campaign' || command === 'import' || command === 'open-workspace') setOverlay(command)
      else if (command === 'new-person' || command === 'new-organization') {
        // Made on their table's page, which opens the new record's page once it is saved.
        setOverlay(null)
        navigate(command === 'new-person' ? '/people' : '/organizations', { new: '1' })
      }
      else if (command === 'back-up-now') {
        setOverlay(null)
        toast.show('Backing up…')
        backUpNow(undefined, {
          onSuccess: () => toast.show('Backed up. Settings lists every backup.'),
          onError: (error) => toast.show(`Couldn’t back up: ${errorMessage(error)}`, { tone: 'error' }),
        })
      } else if (path) {
        setOverlay(null)
        navigate(path)
      }
    },
    [toast, backUpNow],
  )

  useEffect(() => onCommand(run), [run])
  useEffect(() => onAppEvent('command', ({ command }) => run(command)), [run])
  useEffect(() => onAppEvent('open-lead', ({ leadId }) => openLead(leadId)), [])

  const read = useMemo(() => createShortcutReader(SHORTCUT_BINDINGS), [])
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (isPaletteChord(event)) {
        event.preventDefault()
        setOverlay((now) => (now === 'palette' ? null : 'palette'))
        return
      }
      // A dialog or the lead panel has the keyboard: single keys belong to it.
      if (event.defaultPrevented || document.querySelector('dialog[open], [role="dialog"]')) return
      const command = read(event)
      if (command) {
        event.preventDefault()
        run(command)
      }
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [read, run])

  const pipelineParam = Number(parseHash(window.location.hash).params.get('pipeline'))
  return (
    <Suspense fallback={null}>
      {(overlay === 'palette' || overlay === 'pipelines') && (
        <CommandPalette
          mode={overlay === 'pipelines' ? 'pipelines' : 'search'}
          onClose={close}
          onPickPipeline={(id) => {
            close()
            navigate('/pipeline', { pipeline: String(id) })
          }}
          onRun={run}
          onOpenHit={(hit) => {
            close()
            openHit(hit)
          }}
        />
      )}
      {overlay === 'shortcuts' && <ShortcutSheet onClose={close} />}
      {overlay === 'new-lead' && <LeadCreateDialog {...(pipelineParam > 0 && { pipelineId: pipelineParam })} onClose={close} />}
      {overlay === 'new-campaign' && <CampaignEditor campaign={null} onClose={close} />}
      {overlay === 'import' && <ImportDialog pipelineId={pipelineParam > 0 ? pipelineParam : null} onClose={close} />}
      {overlay === 'open-workspace' && <OpenWorkspaceDialog onClose={close} />}
    </Suspense>
  )
}
