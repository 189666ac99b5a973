import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { TeamProfile } from '../team-server/connection'
import { describeRecent, RECENT_LIMIT, RecentWorkspaces, recentKey, withOpened, type RecentEntry } from './recentWorkspaces'

const solo = (folder: string, openedAt = '2026-12-01T09:00:00.000Z'): RecentEntry => ({ kind: 'solo', path: folder, openedAt })
const team = (profileId: string, openedAt = '2026-12-01T09:00:00.000Z'): RecentEntry => ({ kind: 'team', profileId, openedAt })
const acme: TeamProfile = {
  id: 'p-acme',
  teamName: 'Acme',
  host: '10.0.0.5',
  port: 5433,
  database: 'baton_acme',
  login: 'baton_ana',
  memberName: 'Ana Ruiz',
  trust: { mode: 'public' },
}

describe('the recent workspaces', () => {
  it('puts the one opened first, once, and keeps at most a dozen', () => {
    let list: RecentEntry[] = []
    list = withOpened(list, solo('/home/ana/Baton'))
    list = withOpened(list, team('p-acme'))
    list = withOpened(list, solo('/home/ana/Baton/', '2026-12-02T10:00:00.000Z'))
    expect(list).toEqual([solo('/home/ana/Baton', '2026-12-02T10:00:00.000Z'), team('p-acme')])
    for (let n = 0; n < 20; n++) list = withOpened(list, solo(`/data/firm-${n}`))
    expect(list).toHaveLength(RECENT_LIMIT)
    expect(list[0]).toEqual(solo('/data/firm-19'))
    expect(list.map(recentKey)).not.toContain('team:p-acme')
  })

  it('describes each by name and address without a password, the open one marked, a gone team left out', () => {
    const list = [team('p-acme'), solo('/home/ana/Baton'), team('p-gone'), solo('/media/usb/Baton')]
    const described = describeRecent(list, { profiles: [acme], openKey: 'team:p-acme', home: '/home/ana', hasData: (path) => !path.startsWith('/media') })
    expect(described).toEqual([
      { key: 'team:p-acme', isOpen: true, openedAt: '2026-12-01T09:00:00.000Z', kind: 'team', teamName: 'Acme', host: '10.0.0.5', port: 5433, memberName: 'Ana Ruiz', hostedHere: false },
      { key: 'solo:/home/ana/Baton', isOpen: false, openedAt: '2026-12-01T09:00:00.000Z', kind: 'solo', path: '/home/ana/Baton', label: '~/Baton', missing: false },
      { key: 'solo:/media/usb/Baton', isOpen: false, openedAt: '2026-12-01T09:00:00.000Z', kind: 'solo', path: '/media/usb/Baton', label: '/media/usb/Baton', missing: true },
    ])
    expect(JSON.stringify(described)).not.toContain('baton_ana')
  })

  describe('on disk', () => {
    let dir: string
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'baton-recent-'))
    })
    afterEach(() => rmSync(dir, { recursive: true, force: true }))

    it('remembers across starts, forgets on request, and starts again when the file is damaged', () => {
      const store = new RecentWorkspaces(dir)
      expect(store.list()).toEqual([])
      store.opened(solo('/home/ana/Baton'))
      store.opened(team('p-acme'))
      expect(new RecentWorkspaces(dir).list().map(recentKey)).toEqual(['team:p-acme', 'solo:/home/ana/Baton'])
      expect(store.find('solo:/home/ana/Baton')).toEqual(solo('/home/ana/Baton'))
      store.forget('team:p-acme')
      expect(store.list().map(recentKey)).toEqual(['solo:/home/ana/Baton'])

      writeFileSync(join(dir, 'recent-workspaces.json'), '{"recent": [{"kind": "solo"}')
      expect(store.list()).toEqual([])
      store.opened(solo('/srv/baton'))
      expect(store.list().map(recentKey)).toEqual(['solo:/srv/baton'])
    })

    it('keeps its file in a folder it makes', () => {
      const nested = join(dir, 'Baton')
      mkdirSync(join(dir, 'other'))
      new RecentWorkspaces(nested).opened(team('p-acme'))
      expect(new RecentWorkspaces(nested).list()).toEqual([team('p-acme')])
    })
  })
})
