/** The window's title: which workspace is open, so two windows (or a screenshot) never leave it in doubt. */
export function workspaceTitle(workspace: { kind: 'solo'; fileName: string } | { kind: 'team'; teamName: string }): string {
  return workspace.kind === 'solo' ? `${workspace.fileName} — Baton` : `${workspace.teamName} (team) — Baton`
}
