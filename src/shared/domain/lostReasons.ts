/** A reason a lead was lost, from the firm's editable list. */
export interface LostReason {
  id: number
  label: string
}
