/** Shown when the page is opened outside Baton (e.g. in a browser), where there is no data to reach. */
export function MissingBridge() {
  return (
    <main className="missing-bridge">
      <h1>Baton</h1>
      <p>This page only works inside the Baton app, which keeps your data on this computer. Start it with <code>npm run dev</code>.</p>
    </main>
  )
}
