/**
 * The window's title: which workspace is open, and where, so two windows (or a screenshot) never
 * leave it in doubt: "Baton — Acme (team, 10.0.0.5)", "Baton — ~/Baton (solo)".
 */
export function workspaceTitle(workspace: { kind: 'solo'; folderLabel: string } | { kind: 'team'; teamName: string; host: string }): string {
  return workspace.kind === 'solo' ? `Baton — ${workspace.folderLabel} (solo)` : `Baton — ${workspace.teamName} (team, ${workspace.host})`
}

/** A folder as a person reads it: the home folder as ~ (~/Baton), any other path as it is. */
export function folderLabel(folder: string, home: string): string {
  const trimmed = home.replace(/[\\/]+$/, '')
  if (trimmed === '') return folder
  if (folder === trimmed) return '~'
  for (const separator of ['/', '\\']) {
    if (folder.startsWith(`${trimmed}${separator}`)) return `~${separator}${folder.slice(trimmed.length + 1)}`
  }
  return folder
}
