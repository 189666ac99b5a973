import { sql, type Kysely } from 'kysely'
import type { SqlDialect } from '../dialect'

// Frozen in time: this migration must never import today's schema types.
// A lead's source campaign is its first touch, always: the first/last/linear attribution reads
// the touches, the "source" columns everywhere read leads.source_campaign_id, and the two must
// name the same campaign whatever writes them (the drawer, a bulk edit, an import, an undo, or a
// path not written yet). Triggers keep them in step, so no writer can forget to.
//
// The rule, in the order the triggers apply it:
// - Touches decide: after a touch is added, moved, re-pointed or removed, the source is the
//   campaign of the earliest touch (time, then id), or none when no touch is left.
// - A lead with a source and no touches yet has an implied first touch at its creation: when
//   another campaign's touch arrives, that implied touch is written down first, so the source
//   does not silently change to whoever touched the lead second.
// - Setting the source changes the first touch: it is re-pointed to the new campaign (or written
//   at the lead's creation, when there is none). Clearing the source removes its touch; the next
//   touch, if any, becomes the source.
//
// For PostgreSQL the same five triggers are row-level plpgsql functions with the same bodies:
// their WHERE and IF guards stop the chain after one round on both engines (SQLite does not
// fire a trigger from inside itself; PostgreSQL does, and finds nothing left to change).

const FIRST_TOUCH = (lead: string) => `(SELECT t.campaign_id FROM touchpoints t WHERE t.lead_id = ${lead} ORDER BY t.at, t.id LIMIT 1)`
const FIRST_TOUCH_ID = (lead: string) => `(SELECT t.id FROM touchpoints t WHERE t.lead_id = ${lead} ORDER BY t.at, t.id LIMIT 1)`
const SETTLE = (lead: string) =>
  `UPDATE leads SET source_campaign_id = ${FIRST_TOUCH(lead)} WHERE id = ${lead} AND source_campaign_id IS NOT ${FIRST_TOUCH(lead)};`

// SQLite's IS NOT compares NULLs as values; PostgreSQL spells it IS DISTINCT FROM.
const existingLeads = (isNot: string) => [
  // Existing leads first. Where the first touch and the source disagree, the source is what a
  // person chose last (the drawer used to add the new source's touch after the old one): the
  // first touch takes the source's campaign, keeping its time and note.
  `UPDATE touchpoints SET campaign_id = (SELECT l.source_campaign_id FROM leads l WHERE l.id = touchpoints.lead_id)
   WHERE id IN (SELECT ${FIRST_TOUCH_ID('l.id')} FROM leads l WHERE l.source_campaign_id IS NOT NULL)
     AND campaign_id ${isNot} (SELECT l.source_campaign_id FROM leads l WHERE l.id = touchpoints.lead_id)`,
  // A lead with touches and no source takes its first touch's campaign.
  `UPDATE leads SET source_campaign_id = ${FIRST_TOUCH('leads.id')}
   WHERE source_campaign_id IS NULL AND EXISTS (SELECT 1 FROM touchpoints t WHERE t.lead_id = leads.id)`,
]

const sqliteTriggers = [
  `CREATE TRIGGER touchpoints_source_before_insert BEFORE INSERT ON touchpoints
   WHEN NOT EXISTS (SELECT 1 FROM touchpoints WHERE lead_id = NEW.lead_id)
     AND (SELECT source_campaign_id FROM leads WHERE id = NEW.lead_id) IS NOT NULL
     AND (SELECT source_campaign_id FROM leads WHERE id = NEW.lead_id) IS NOT NEW.campaign_id
   BEGIN
     INSERT INTO touchpoints (lead_id, campaign_id, at, note) SELECT id, source_campaign_id, created_at, NULL FROM leads WHERE id = NEW.lead_id;
   END`,
  // A touch by the source's own campaign cannot change which campaign is first.
  `CREATE TRIGGER touchpoints_source_after_insert AFTER INSERT ON touchpoints
   WHEN NEW.campaign_id IS NOT (SELECT source_campaign_id FROM leads WHERE id = NEW.lead_id)
   BEGIN ${SETTLE('NEW.lead_id')} END`,
  `CREATE TRIGGER touchpoints_source_after_update AFTER UPDATE OF lead_id, campaign_id, at ON touchpoints
   BEGIN ${SETTLE('NEW.lead_id')} ${SETTLE('OLD.lead_id')} END`,
  // Only the source campaign's touches can be the first one.
  `CREATE TRIGGER touchpoints_source_after_delete AFTER DELETE ON touchpoints
   WHEN OLD.campaign_id IS (SELECT source_campaign_id FROM leads WHERE id = OLD.lead_id)
   BEGIN ${SETTLE('OLD.lead_id')} END`,
  `CREATE TRIGGER leads_source_is_first_touch AFTER UPDATE OF source_campaign_id ON leads
   WHEN NEW.source_campaign_id IS NOT OLD.source_campaign_id AND NEW.source_campaign_id IS NOT ${FIRST_TOUCH('NEW.id')}
   BEGIN
     UPDATE touchpoints SET campaign_id = NEW.source_campaign_id WHERE NEW.source_campaign_id IS NOT NULL AND id = ${FIRST_TOUCH_ID('NEW.id')};
     INSERT INTO touchpoints (lead_id, campaign_id, at, note) SELECT NEW.id, NEW.source_campaign_id, NEW.created_at, NULL
       WHERE NEW.source_campaign_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM touchpoints WHERE lead_id = NEW.id);
     DELETE FROM touchpoints WHERE NEW.source_campaign_id IS NULL AND id = ${FIRST_TOUCH_ID('NEW.id')} AND campaign_id IS OLD.source_campaign_id;
     UPDATE leads SET source_campaign_id = ${FIRST_TOUCH('NEW.id')} WHERE NEW.source_campaign_id IS NULL AND id = NEW.id AND source_campaign_id IS NOT ${FIRST_TOUCH('NEW.id')};
   END`,
]

// The same triggers in plpgsql. PostgreSQL's WHEN cannot hold a subquery, so the guards that read
// other rows are IFs inside the functions; the one that reads only the row stays in WHEN, where it
// spares the call. A settle or a re-pointed touch fires the other triggers again, which find the
// source and the first touch already agreeing and change nothing.
const postgresTriggers = [
  `CREATE FUNCTION baton_settle_source(settled bigint) RETURNS void LANGUAGE plpgsql AS $$
   BEGIN
     UPDATE leads SET source_campaign_id = ${FIRST_TOUCH('settled')}
     WHERE id = settled AND source_campaign_id IS DISTINCT FROM ${FIRST_TOUCH('settled')};
   END $$`,
  `CREATE FUNCTION baton_touchpoints_source_before_insert() RETURNS trigger LANGUAGE plpgsql AS $$
   DECLARE
     lead_source bigint := (SELECT source_campaign_id FROM leads WHERE id = NEW.lead_id);
   BEGIN
     IF lead_source IS NOT NULL AND lead_source IS DISTINCT FROM NEW.campaign_id
        AND NOT EXISTS (SELECT 1 FROM touchpoints WHERE lead_id = NEW.lead_id) THEN
       INSERT INTO touchpoints (lead_id, campaign_id, at, note) SELECT id, source_campaign_id, created_at, NULL FROM leads WHERE id = NEW.lead_id;
     END IF;
     RETURN NEW;
   END $$`,
  `CREATE TRIGGER touchpoints_source_before_insert BEFORE INSERT ON touchpoints
   FOR EACH ROW EXECUTE FUNCTION baton_touchpoints_source_before_insert()`,
  `CREATE FUNCTION baton_touchpoints_source_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     IF NEW.campaign_id IS DISTINCT FROM (SELECT source_campaign_id FROM leads WHERE id = NEW.lead_id) THEN
       PERFORM baton_settle_source(NEW.lead_id);
     END IF;
     RETURN NULL;
   END $$`,
  `CREATE TRIGGER touchpoints_source_after_insert AFTER INSERT ON touchpoints
   FOR EACH ROW EXECUTE FUNCTION baton_touchpoints_source_after_insert()`,
  `CREATE FUNCTION baton_touchpoints_source_after_update() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     PERFORM baton_settle_source(NEW.lead_id);
     PERFORM baton_settle_source(OLD.lead_id);
     RETURN NULL;
   END $$`,
  `CREATE TRIGGER touchpoints_source_after_update AFTER UPDATE OF lead_id, campaign_id, at ON touchpoints
   FOR EACH ROW EXECUTE FUNCTION baton_touchpoints_source_after_update()`,
  `CREATE FUNCTION baton_touchpoints_source_after_delete() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     IF OLD.campaign_id IS NOT DISTINCT FROM (SELECT source_campaign_id FROM leads WHERE id = OLD.lead_id) THEN
       PERFORM baton_settle_source(OLD.lead_id);
     END IF;
     RETURN NULL;
   END $$`,
  `CREATE TRIGGER touchpoints_source_after_delete AFTER DELETE ON touchpoints
   FOR EACH ROW EXECUTE FUNCTION baton_touchpoints_source_after_delete()`,
  `CREATE FUNCTION baton_leads_source_is_first_touch() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     IF NEW.source_campaign_id IS DISTINCT FROM ${FIRST_TOUCH('NEW.id')} THEN
       UPDATE touchpoints SET campaign_id = NEW.source_campaign_id WHERE NEW.source_campaign_id IS NOT NULL AND id = ${FIRST_TOUCH_ID('NEW.id')};
       INSERT INTO touchpoints (lead_id, campaign_id, at, note) SELECT NEW.id, NEW.source_campaign_id, NEW.created_at, NULL
         WHERE NEW.source_campaign_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM touchpoints WHERE lead_id = NEW.id);
       DELETE FROM touchpoints WHERE NEW.source_campaign_id IS NULL AND id = ${FIRST_TOUCH_ID('NEW.id')} AND campaign_id IS NOT DISTINCT FROM OLD.source_campaign_id;
       UPDATE leads SET source_campaign_id = ${FIRST_TOUCH('NEW.id')}
         WHERE NEW.source_campaign_id IS NULL AND id = NEW.id AND source_campaign_id IS DISTINCT FROM ${FIRST_TOUCH('NEW.id')};
     END IF;
     RETURN NULL;
   END $$`,
  `CREATE TRIGGER leads_source_is_first_touch AFTER UPDATE OF source_campaign_id ON leads
   FOR EACH ROW WHEN (NEW.source_campaign_id IS DISTINCT FROM OLD.source_campaign_id) EXECUTE FUNCTION baton_leads_source_is_first_touch()`,
]

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see 0001_initial.ts
export async function up(db: Kysely<any>, dialect: SqlDialect): Promise<void> {
  const statements =
    dialect.engine === 'postgres' ? [...existingLeads('IS DISTINCT FROM'), ...postgresTriggers] : [...existingLeads('IS NOT'), ...sqliteTriggers]
  for (const statement of statements) await sql.raw(statement).execute(db)
}
