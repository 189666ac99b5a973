import type { KpiKey } from '@shared/contract/reports'
import type { CustomerInputs } from '@shared/domain/customers'
import type { Metrics } from '@shared/domain/metrics'
import type { PipelineInputs } from '@shared/domain/pipelineMetrics'
import type { ColumnKind, RowLink } from '@shared/domain/report'
import type { ReportScope } from './scope'

/** A dashboard tile: what it shows, and its figure from the period's inputs. */
export interface TileSpec {
  key: KpiKey
  label: string
  kind: ColumnKind
  lowerIsBetter?: boolean
  neutral?: boolean
  hint: string
  /** `c`: the period's customers (see customerTiles). */
  value(m: Metrics, p: PipelineInputs, c: CustomerInputs): number | null
  link?(scope: ReportScope): RowLink
}
