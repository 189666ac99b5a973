import type { MigrationStatus } from '../db/migrate'

// The "Upgrading your workspace" screen start-up shows while migrations change a large file
// (migration 13 regroups 100,000 leads into people and organisations in a few seconds). Plain
// strings, no Electron: main shows the page in a small window of its own and updates it with
// `upgradeScreenUpdate`; the tests load the same page in Chromium.

/** How much of the whole upgrade is done, 0–1: the finished migrations plus the running one's share. */
export function upgradeShare(status: MigrationStatus): number {
  if (status.count <= 0) return 1
  return Math.min(1, Math.max(0, (status.index - 1 + status.fraction) / status.count))
}

/** The words under the bar: what is happening, in a person's terms. */
export function upgradeDetail(status: MigrationStatus): string {
  const percent = Math.floor(upgradeShare(status) * 100)
  return status.count > 1 ? `Step ${status.index} of ${status.count} · ${percent}%` : `${percent}%`
}

/** The page itself: self-contained (no script, no outside file), light or dark as the system is. */
export function upgradeScreenHtml(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Upgrading your workspace — Baton</title>
<style>
  :root { color-scheme: light dark; --ink: #1d2430; --muted: #5b6472; --track: #e6e9ef; --bar: #3a62d8; --paper: #ffffff; }
  @media (prefers-color-scheme: dark) { :root { --ink: #e8ebf1; --muted: #a2aab8; --track: #2b3140; --bar: #7d9bff; --paper: #171b24; } }
  html, body { height: 100%; margin: 0; }
  body { display: grid; place-items: center; background: var(--paper); color: var(--ink); font: 14px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; }
  main { width: min(360px, 86vw); }
  h1 { font-size: 18px; font-weight: 600; margin: 0 0 4px; }
  p { margin: 0 0 16px; color: var(--muted); }
  .track { height: 8px; border-radius: 4px; background: var(--track); overflow: hidden; }
  .bar { height: 100%; width: 0%; border-radius: 4px; background: var(--bar); transition: width 120ms linear; }
  .detail { margin: 8px 0 0; font-variant-numeric: tabular-nums; font-size: 12px; }
</style>
</head>
<body>
<main>
  <h1>Upgrading your workspace</h1>
  <p>Baton is arranging your leads into people and organisations. Your data stays as it is until this is done; please leave Baton open.</p>
  <div class="track" role="progressbar" aria-label="Upgrade progress" aria-valuemin="0" aria-valuemax="100" aria-valuenow="0"><div class="bar"></div></div>
  <p class="detail" aria-live="polite">Starting…</p>
</main>
</body>
</html>`
}

/** JavaScript that moves the page's bar to `status` (run in the page by main; the page has no script of its own). */
export function upgradeScreenUpdate(status: MigrationStatus): string {
  const percent = Math.floor(upgradeShare(status) * 100)
  return `(() => {
    const track = document.querySelector('[role=progressbar]');
    if (!track) return;
    track.setAttribute('aria-valuenow', ${JSON.stringify(String(percent))});
    track.firstElementChild.style.width = ${JSON.stringify(`${percent}%`)};
    document.querySelector('.detail').textContent = ${JSON.stringify(upgradeDetail(status))};
  })()`
}
