import type { SVGProps } from 'react'

// A handful of 20px line icons, drawn here so the app needs no icon font or network.
const paths = {
  pipeline: 'M3 4h4v12H3zM8 4h4v8H8zM13 4h4v5h-4z',
  dashboard: 'M3 3h6v8H3zM11 3h6v5h-6zM11 10h6v7h-6zM3 13h6v4H3z',
  campaigns: 'M3 8v4l9 4V4L3 8zm9-1 5-2v10l-5-2M5 12l1 5h3l-1-4',
  goals: 'M10 17a7 7 0 1 0 0-14 7 7 0 0 0 0 14zm0-4a3 3 0 1 0 0-6 3 3 0 0 0 0 6zm0-3h.01',
  reports: 'M4 16V9m4 7V5m4 11v-5m4 5V7',
  settings: 'M10 13a3 3 0 1 0 0-6 3 3 0 0 0 0 6zm6.5-3 1.5-1-1.5-3-1.8.4-1.2-1L13 3h-3l-.5 2.4-1.2 1-1.8-.4L5 9l1.5 1L5 11l1.5 3 1.8-.4 1.2 1L10 17h3l.5-2.4 1.2-1 1.8.4 1.5-3z',
  today: 'M4 5h12v11H4zM4 8h12M8 3v3m4-3v3m-5 6 2 2 4-4',
  plus: 'M10 4v12M4 10h12',
  close: 'M5 5l10 10M15 5 5 15',
  search: 'M9 15a6 6 0 1 0 0-12 6 6 0 0 0 0 12zm4.5-1.5L17 17',
  sparkle: 'M10 3v4m0 6v4M3 10h4m6 0h4M5.5 5.5l2 2m5 5 2 2m0-9-2 2m-5 5-2 2',
  server: 'M4 4h12v5H4zM4 11h12v5H4zM7 6.5h.01M7 13.5h.01',
  database: 'M10 3c3.9 0 7 1.1 7 2.5v9c0 1.4-3.1 2.5-7 2.5s-7-1.1-7-2.5v-9C3 4.1 6.1 3 10 3zM3 5.5C3 6.9 6.1 8 10 8s7-1.1 7-2.5M3 10c0 1.4 3.1 2.5 7 2.5s7-1.1 7-2.5',
  join: 'M11 4h5v12h-5M3 10h9m-3-3 3 3-3 3',
  folder: 'M3 5h5l2 2h7v9H3z',
  lock: 'M6 9V7a4 4 0 1 1 8 0v2M5 9h10v8H5z',
  organization: 'M4 17V4h8v13M12 8h4v9M2 17h16M6.5 7h3M6.5 10h3M6.5 13h3M14 11h.01M14 14h.01',
  people: 'M7.5 9a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5zM3 16c0-2.5 2-4 4.5-4s4.5 1.5 4.5 4M13 9a2 2 0 1 0 0-4M14 12c1.8.3 3 1.7 3 4',
} as const

export type IconName = keyof typeof paths

export function Icon({ name, ...props }: { name: IconName } & SVGProps<SVGSVGElement>) {
  return (
    <svg width="18" height="18" viewBox="0 0 20 20" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" {...props}>
      <path d={paths[name]} />
    </svg>
  )
}
