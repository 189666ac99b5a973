import { sql, type RawBuilder } from 'kysely'
import { POSITION_STEP } from '@shared/domain/ordering'
import type { Stage } from '@shared/domain/pipelines'
import { dialectOf } from '../../db/dialect'
import type { Trx } from '../context'

export interface LostDetails {
  reason: string
  note: string | null
}

// Parameters in a SELECT list are cast: PostgreSQL cannot tell their type from an INSERT's columns.

/**
 * Moves every lead matching `which` (a condition over the leads table as `m`) to the
 * end of `target`, keeping their order, with one stage-history row each — in two
 * statements however many leads there are. Leads already in `target` are left alone.
 * Closing rules match a single move: Won and Lost set closed_at, Lost keeps the reason,
 * an open stage reopens. Each lead moved is one version further (a drawer open on it was based
 * on the stage it left). Returns how many leads moved.
 */
export async function appendLeadsToStage(trx: Trx, target: Stage, which: RawBuilder<boolean>, at: string, lost: LostDetails | null = null): Promise<number> {
  const moving = sql<boolean>`(${which}) AND m.stage_id <> ${target.id}`
  // Appending reads the stage's last position, then writes after it (see moveLead).
  await dialectOf(trx).lockRow(trx, 'stages', target.id)
  await sql`
    INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, from_stage_name, to_stage_name, to_kind, at)
    SELECT m.id, m.stage_id, CAST(${target.id} AS BIGINT), fs.name, CAST(${target.name} AS TEXT), CAST(${target.kind} AS TEXT), CAST(${at} AS TEXT)
    FROM leads m JOIN stages fs ON fs.id = m.stage_id
    WHERE ${moving}
    ORDER BY m.position, m.id`.execute(trx)
  const last = await sql<{ p: number | null }>`SELECT max(position) AS p FROM leads WHERE stage_id = ${target.id}`.execute(trx)
  const base = last.rows[0]?.p ?? -POSITION_STEP
  const result = await sql`
    UPDATE leads SET
      stage_id = ${target.id},
      pipeline_id = ${target.pipelineId},
      position = CAST(${base} AS DOUBLE PRECISION) + r.rn * ${POSITION_STEP},
      stage_entered_at = ${at},
      updated_at = ${at},
      closed_at = ${target.kind === 'open' ? null : at},
      lost_reason = ${target.kind === 'lost' ? (lost?.reason ?? null) : null},
      lost_note = ${target.kind === 'lost' ? (lost?.note ?? null) : null},
      version = leads.version + 1
    FROM (SELECT m.id, row_number() OVER (ORDER BY m.position, m.id) AS rn FROM leads m WHERE ${moving}) AS r
    WHERE leads.id = r.id`.execute(trx)
  return Number(result.numAffectedRows ?? 0n)
}
