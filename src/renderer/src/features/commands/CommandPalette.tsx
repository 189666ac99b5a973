import { Command } from 'cmdk'
import { useDeferredValue, useEffect, useRef, useState } from 'react'
import type { AppCommand } from '@shared/contract/events'
import { SEARCH_KIND_LABELS, type SearchGroup, type SearchHit } from '@shared/domain/search'
import { navigate } from '../../app/router'
import { usePipelines } from '../leads/leads.queries'
import { usePartyLookup } from '../parties/parties.queries'
import { COMMANDS } from './commands'
import { Keys } from './Keys'
import { useSearch } from './palette.queries'
import './palette.css'

const matches = (text: string, words: readonly string[]) => {
  const query = text.trim().toLowerCase()
  return query === '' || words.some((word) => word.toLowerCase().includes(query))
}

/** One kind of search hit (leads, activities…) as a group of options. */
function hitGroup(group: SearchGroup, onOpenHit: (hit: SearchHit) => void) {
  return (
    <Command.Group key={group.kind} heading={SEARCH_KIND_LABELS[group.kind]}>
      {group.hits.map((hit) => (
        <Command.Item key={`${hit.kind}-${hit.id}`} value={`${hit.kind}-${hit.id}`} onSelect={() => onOpenHit(hit)}>
          <span className="palette__title">{hit.title}</span>
          {hit.detail && <span className="palette__detail">{hit.detail}</span>}
        </Command.Item>
      ))}
    </Command.Group>
  )
}

interface PaletteProps {
  /** `pipelines` lists the pipelines to switch to ("Switch pipeline…") instead of searching. */
  mode?: 'search' | 'pipelines'
  onClose: () => void
  onRun: (command: AppCommand) => void
  onOpenHit: (hit: SearchHit) => void
  onPickPipeline: (pipelineId: number) => void
}

/** Ctrl/Cmd+K: find a person, organisation, lead, activity, campaign or goal by any word, or run a command. */
export function CommandPalette({ mode = 'search', onClose, onRun, onOpenHit, onPickPipeline }: PaletteProps) {
  const ref = useRef<HTMLDialogElement>(null)
  const [text, setText] = useState('')
  const [showing, setShowing] = useState(mode)
  const pipelines = usePipelines()
  // Opened straight on the list ("Switch pipeline…" from the menu): show the pipelines as they are now.
  const { refetch } = pipelines
  useEffect(() => {
    if (mode === 'pipelines') void refetch()
  }, [mode, refetch])
  const deferred = useDeferredValue(text)
  const search = useSearch(deferred)
  // People and organisations by name, email, alias or domain, each opening their page.
  const people = usePartyLookup('person', showing === 'pipelines' ? '' : deferred, 5)
  const organizations = usePartyLookup('organization', showing === 'pipelines' ? '' : deferred, 5)
  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open && typeof dialog.showModal === 'function') dialog.showModal()
  }, [])
  const choosingPipeline = showing === 'pipelines'
  const commands = choosingPipeline ? [] : COMMANDS.filter((c) => matches(text, [c.label, ...(c.keywords ?? [])]))
  const pipelineChoices = choosingPipeline ? (pipelines.data ?? []).filter((p) => matches(text, [p.name])) : []
  const groups = text.trim() && !choosingPipeline ? (search.data?.groups ?? []) : []
  const parties = text.trim() && !choosingPipeline
    ? [
        { heading: 'People', path: '/people', hits: people.data ?? [] },
        { heading: 'Organisations', path: '/organizations', hits: organizations.data ?? [] },
      ].filter((group) => group.hits.length > 0)
    : []
  const searching = !choosingPipeline && text.trim() !== '' && (search.isFetching || people.isFetching || organizations.isFetching || deferred !== text)
  const found = groups.reduce((n, g) => n + g.hits.length, 0) + parties.reduce((n, g) => n + g.hits.length, 0)
  const nothing = found === 0 && commands.length === 0 && pipelineChoices.length === 0 && !searching && !pipelines.isPending
  const run = (command: AppCommand) => {
    // Switching pipeline is a second step of the palette itself: it stays open on the list of pipelines.
    if (command === 'switch-pipeline') {
      setShowing('pipelines')
      setText('')
      void pipelines.refetch()
    } else onRun(command)
  }
  return (
    <dialog
      ref={ref}
      className="palette"
      aria-label="Search and commands"
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
      onClick={(event) => {
        if (event.target === ref.current) onClose()
      }}
    >
      <Command label="Search and commands" shouldFilter={false} loop>
        <Command.Input
          autoFocus
          value={text}
          onValueChange={setText}
          placeholder={choosingPipeline ? 'Which pipeline? Type its name' : 'Search people, organisations, leads, campaigns, goals — or type a command'}
        />
        <Command.List>
          {nothing && (
            <p className="palette__empty">{choosingPipeline ? `No pipeline is called “${text.trim()}”.` : `No person, organisation, lead, campaign, goal or activity matches “${text.trim()}”.`}</p>
          )}
          {pipelineChoices.length > 0 && (
            <Command.Group heading="Switch to pipeline">
              {pipelineChoices.map((pipeline) => (
                <Command.Item key={pipeline.id} value={`pipeline-${pipeline.id}`} onSelect={() => onPickPipeline(pipeline.id)}>
                  <span className="palette__title">{pipeline.name}</span>
                </Command.Item>
              ))}
            </Command.Group>
          )}
          {/* Leads first, then the people and organisations they are with, then the rest. */}
          {groups.filter((group) => group.kind === 'lead').map((group) => hitGroup(group, onOpenHit))}
          {parties.map((group) => (
            <Command.Group key={group.path} heading={group.heading}>
              {group.hits.map((hit) => (
                <Command.Item
                  key={hit.id}
                  value={`${group.path}-${hit.id}`}
                  onSelect={() => {
                    onClose()
                    navigate(`${group.path}/${hit.id}`)
                  }}
                >
                  <span className="palette__title">{hit.name}</span>
                  {hit.detail && <span className="palette__detail">{hit.detail}</span>}
                </Command.Item>
              ))}
            </Command.Group>
          ))}
          {groups.filter((group) => group.kind !== 'lead').map((group) => hitGroup(group, onOpenHit))}
          {commands.length > 0 && (
            <Command.Group heading="Commands">
              {commands.map((command) => (
                <Command.Item key={command.id} value={`command-${command.id}`} onSelect={() => run(command.id)}>
                  <span className="palette__title">{command.label}</span>
                  {command.keys && <Keys keys={command.keys} />}
                </Command.Item>
              ))}
            </Command.Group>
          )}
        </Command.List>
        <p className="palette__status" role="status">
          {searching ? 'Searching…' : text.trim() ? `${found} found` : ''}
        </p>
      </Command>
    </dialog>
  )
}
