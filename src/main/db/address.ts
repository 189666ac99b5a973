/** A PostgreSQL address with its password hidden, for messages and logs. */
export function redactAddress(address: string): string {
  const url = URL.canParse(address) ? new URL(address) : null
  // Not a postgres:// address (a typo, or a password pasted in the wrong field): show nothing of it.
  if (!url || !/^postgres(ql)?:$/i.test(url.protocol)) return 'postgres://…'
  if (url.password) url.password = '*****'
  for (const key of ['password', 'sslpassword']) if (url.searchParams.has(key)) url.searchParams.set(key, '*****')
  return url.toString()
}
