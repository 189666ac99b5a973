import { ComingSoon } from './ComingSoon'

export function GoalsPlanned() {
  return (
    <ComingSoon title="Goals" icon="goals">
      SMART goals for marketing and sales — leads, win rate, revenue, cost per lead — that track themselves from your pipeline and campaigns.
    </ComingSoon>
  )
}

export function ReportsPlanned() {
  return (
    <ComingSoon title="Reports" icon="reports">
      Campaign, channel, funnel and lost-reason reports for any period, exported as PDF, Excel or CSV to share with a partner.
    </ComingSoon>
  )
}
