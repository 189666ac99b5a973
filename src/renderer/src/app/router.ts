import { useCallback, useSyncExternalStore } from 'react'

// Hash routes (`#/pipeline?campaign=3`) work from file:// in the packaged app and keep
// a page's filters in the address, so they survive a reload.

export interface Route {
  path: string
  params: URLSearchParams
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

const currentHash = () => window.location.hash

export function parseHash(hash: string): Route {
  const body = hash.replace(/^#/, '') || '/'
  const [path = '/', query = ''] = body.split('?')
  return { path: path.startsWith('/') ? path : `/${path}`, params: new URLSearchParams(query) }
}

export function hrefFor(path: string, params?: URLSearchParams | Record<string, string | undefined>): string {
  const search =
    params instanceof URLSearchParams
      ? params
      : new URLSearchParams(Object.entries(params ?? {}).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ''))
  const query = search.toString()
  return `#${path}${query ? `?${query}` : ''}`
}

export function navigate(path: string, params?: URLSearchParams | Record<string, string | undefined>, options: { replace?: boolean } = {}): void {
  const href = hrefFor(path, params)
  if (options.replace) {
    window.history.replaceState(null, '', href)
    window.dispatchEvent(new HashChangeEvent('hashchange'))
  } else {
    window.location.hash = href
  }
}

export function useRoute(): Route & { setParams: (next: Record<string, string | undefined>) => void } {
  const hash = useSyncExternalStore(subscribe, currentHash, () => '')
  const route = parseHash(hash)
  const setParams = useCallback(
    (next: Record<string, string | undefined>) => {
      const merged = Object.fromEntries(parseHash(window.location.hash).params)
      navigate(route.path, { ...merged, ...next }, { replace: true })
    },
    [route.path],
  )
  return { ...route, setParams }
}
