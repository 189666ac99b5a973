import { CHANNEL_SHORT_LABELS, type Channel } from '@shared/domain/enums'

export function ChannelBadge({ channel }: { channel: Channel }) {
  return <span className={`badge badge--channel badge--${channel}`}>{CHANNEL_SHORT_LABELS[channel]}</span>
}

export function StatusBadge({ status }: { status: string }) {
  return <span className={`badge badge--status badge--${status}`}>{status[0]?.toUpperCase() + status.slice(1)}</span>
}
