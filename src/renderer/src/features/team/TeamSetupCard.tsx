import { useState } from 'react'
import { Icon, type IconName } from '../../ui/icons'
import { HostTeamDialog } from './HostTeamDialog'
import { JoinTeamDialog } from './JoinTeamDialog'
import { UseServerDialog } from './UseServerDialog'

type Way = 'host' | 'server' | 'join'

const WAYS: Array<{ way: Way; icon: IconName; title: string; text: string }> = [
  { way: 'host', icon: 'server', title: 'Host it on this computer', text: 'Baton runs the team’s database here. Best on an office PC that stays on.' },
  { way: 'server', icon: 'database', title: 'Use your PostgreSQL server', text: 'Your own server, a NAS or a hosted PostgreSQL 14 or newer.' },
  { way: 'join', icon: 'join', title: 'Join a team', text: 'Open the invitation an owner saved for you, or type its details.' },
]

/** A solo workspace's way to a team: three choices, each a short wizard. */
export function TeamSetupCard() {
  const [open, setOpen] = useState<Way | null>(null)
  const close = () => setOpen(null)
  return (
    <section className="card settings-card" aria-labelledby="team-setup-title">
      <h2 id="team-setup-title">Work together as a team</h2>
      <p className="muted">
        Share one workspace with the people you sell with: everyone signs in as themselves, sees each other’s changes, and can do what their role allows. This solo workspace stays
        on this computer as it is.
      </p>
      <div className="team-ways">
        {WAYS.map(({ way, icon, title, text }) => (
          <button key={way} type="button" className="team-way" onClick={() => setOpen(way)}>
            <span className="team-way__icon" aria-hidden="true">
              <Icon name={icon} />
            </span>
            <span className="team-way__title">{title}</span>
            <span className="team-way__text">{text}</span>
          </button>
        ))}
      </div>
      {open === 'host' && <HostTeamDialog onClose={close} />}
      {open === 'server' && <UseServerDialog onClose={close} />}
      {open === 'join' && <JoinTeamDialog onClose={close} />}
    </section>
  )
}
