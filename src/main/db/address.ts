/** A PostgreSQL address with its password hidden, for messages and logs. */
export function redactAddress(address: string): string {
  try {
    const url = new URL(address)
    if (url.password) url.password = '*****'
    for (const key of ['password', 'sslpassword']) if (url.searchParams.has(key)) url.searchParams.set(key, '*****')
    return url.toString()
  } catch {
    // Not a URL: show only its scheme, never what might be a password.
    return `${address.split(':')[0] ?? 'postgres'}://…`
  }
}
