// Frozen in time: this file must never import today's schema types.
// Search after the migration. A person's index holds their name, every email, every phone and job
// title; an organisation's its name, aliases and domain; a lead's its title and notes with the
// name and emails of its person and the name and aliases of its organisation, so "dana acme" still
// finds Dana's deal with Acme in one match, as it did when all of that was on the lead. Each
// document gathers rows of several tables, so it is kept in an index table of its own, refreshed
// by triggers on every table it reads:
// - SQLite: contentless FTS5 tables that can delete by rowid (contentless_delete), rowid = the id;
// - PostgreSQL: <table>_fts (id, words tsvector) with a GIN index, the words weighted A–D in the
//   columns' order as the other search functions do.
// A lead's triggers keep the import's deferral (search_index_deferred): a bulk import indexes its
// new leads in one statement at its end, and nothing here indexes them before that.

const TOKENIZE = `tokenize = 'unicode61 remove_diacritics 2'`
const DEFERRED = `(SELECT above_id FROM search_index_deferred WHERE id = 1)`

// The text of each document's columns, for the record with id `id`.
const PERSON_EMAILS = (id: string) => `coalesce(p.email, '') || ' ' || coalesce((SELECT group_concat(e.email, ' ') FROM person_emails e WHERE e.person_id = ${id}), '')`
const PERSON_PHONES = (id: string) => `coalesce(p.phone, '') || ' ' || coalesce((SELECT group_concat(f.phone, ' ') FROM person_phones f WHERE f.person_id = ${id}), '')`
const ORG_ALIASES = (id: string) => `coalesce((SELECT group_concat(a.alias, ' ') FROM organization_aliases a WHERE a.organization_id = ${id}), '')`

const sqlitePersonDocument = (id: string) =>
  `INSERT INTO people_fts (rowid, name, emails, phones, job_title) SELECT p.id, p.name, ${PERSON_EMAILS('p.id')}, ${PERSON_PHONES('p.id')}, p.job_title FROM people p WHERE p.id = ${id};`
const sqliteOrganizationDocument = (id: string) =>
  `INSERT INTO organizations_fts (rowid, name, aliases, domain) SELECT o.id, o.name, ${ORG_ALIASES('o.id')}, o.domain FROM organizations o WHERE o.id = ${id};`
const sqliteRefresh = (fts: string, document: (id: string) => string, id: string) => `DELETE FROM ${fts} WHERE rowid = ${id}; ${document(id)}`

// A lead's document: its title and person's name, its organisation's name and aliases, its person's emails, its notes.
const LEAD_NAME = `coalesce(l.title, '') || ' ' || coalesce((SELECT p.name FROM people p WHERE p.id = l.person_id), '')`
const LEAD_COMPANY = `coalesce((SELECT o.name FROM organizations o WHERE o.id = l.organization_id), '') || ' ' || ${ORG_ALIASES('l.organization_id')}`
const LEAD_EMAILS = `coalesce((SELECT ${PERSON_EMAILS('p.id')} FROM people p WHERE p.id = l.person_id), '')`
/** Indexes the leads `l` that `where` picks (an insert: the caller deletes what was there). */
export const sqliteLeadDocuments = (where: string) =>
  `INSERT INTO leads_fts (rowid, name, company, email, notes) SELECT l.id, ${LEAD_NAME}, ${LEAD_COMPANY}, ${LEAD_EMAILS}, l.notes FROM leads l WHERE ${where};`
/** Reindexes a person's or organisation's deals, but not those a running import has yet to index. */
const refreshLeadsOf = (column: string, id: string) => {
  const picked = `l.${column} = ${id} AND (${DEFERRED} IS NULL OR l.id <= ${DEFERRED})`
  return `DELETE FROM leads_fts WHERE rowid IN (SELECT l.id FROM leads l WHERE ${picked}); ${sqliteLeadDocuments(picked)}`
}

/** Tables and triggers for SQLite, created after the rows are in; the last statements fill the indexes. */
export const SQLITE_SEARCH = [
  // Leads: the old external-content table went with the old leads table.
  `CREATE VIRTUAL TABLE leads_fts USING fts5(name, company, email, notes, content = '', contentless_delete = 1, ${TOKENIZE})`,
  `CREATE TRIGGER leads_fts_after_insert AFTER INSERT ON leads WHEN ${DEFERRED} IS NULL BEGIN ${sqliteLeadDocuments('l.id = new.id')} END`,
  `CREATE TRIGGER leads_fts_after_delete AFTER DELETE ON leads WHEN ${DEFERRED} IS NULL OR old.id <= ${DEFERRED} BEGIN DELETE FROM leads_fts WHERE rowid = old.id; END`,
  `CREATE TRIGGER leads_fts_after_update AFTER UPDATE OF title, notes, person_id, organization_id ON leads WHEN ${DEFERRED} IS NULL OR old.id <= ${DEFERRED}
   BEGIN DELETE FROM leads_fts WHERE rowid = old.id; ${sqliteLeadDocuments('l.id = new.id')} END`,
  // A person's or an organisation's name, emails or aliases are in their deals' documents too.
  `CREATE TRIGGER people_leads_fts_after_update AFTER UPDATE OF name, email ON people BEGIN ${refreshLeadsOf('person_id', 'new.id')} END`,
  ...['insert', 'delete', 'update'].map(
    (event) => `CREATE TRIGGER person_emails_leads_fts_after_${event} AFTER ${event.toUpperCase()} ON person_emails BEGIN ${refreshLeadsOf('person_id', event === 'delete' ? 'old.person_id' : 'new.person_id')} END`,
  ),
  `CREATE TRIGGER organizations_leads_fts_after_update AFTER UPDATE OF name ON organizations BEGIN ${refreshLeadsOf('organization_id', 'new.id')} END`,
  ...['insert', 'delete', 'update'].map(
    (event) =>
      `CREATE TRIGGER organization_aliases_leads_fts_after_${event} AFTER ${event.toUpperCase()} ON organization_aliases BEGIN ${refreshLeadsOf('organization_id', event === 'delete' ? 'old.organization_id' : 'new.organization_id')} END`,
  ),

  `CREATE VIRTUAL TABLE people_fts USING fts5(name, emails, phones, job_title, content = '', contentless_delete = 1, ${TOKENIZE})`,
  `CREATE TRIGGER people_fts_after_insert AFTER INSERT ON people BEGIN ${sqlitePersonDocument('new.id')} END`,
  `CREATE TRIGGER people_fts_after_update AFTER UPDATE OF name, email, phone, job_title ON people BEGIN ${sqliteRefresh('people_fts', sqlitePersonDocument, 'old.id')} END`,
  `CREATE TRIGGER people_fts_after_delete AFTER DELETE ON people BEGIN DELETE FROM people_fts WHERE rowid = old.id; END`,
  ...['person_emails', 'person_phones'].flatMap((table) => [
    `CREATE TRIGGER ${table}_fts_after_insert AFTER INSERT ON ${table} BEGIN ${sqliteRefresh('people_fts', sqlitePersonDocument, 'new.person_id')} END`,
    `CREATE TRIGGER ${table}_fts_after_delete AFTER DELETE ON ${table} BEGIN ${sqliteRefresh('people_fts', sqlitePersonDocument, 'old.person_id')} END`,
    `CREATE TRIGGER ${table}_fts_after_update AFTER UPDATE ON ${table} BEGIN
       ${sqliteRefresh('people_fts', sqlitePersonDocument, 'old.person_id')} ${sqliteRefresh('people_fts', sqlitePersonDocument, 'new.person_id')} END`,
  ]),

  `CREATE VIRTUAL TABLE organizations_fts USING fts5(name, aliases, domain, content = '', contentless_delete = 1, ${TOKENIZE})`,
  `CREATE TRIGGER organizations_fts_after_insert AFTER INSERT ON organizations BEGIN ${sqliteOrganizationDocument('new.id')} END`,
  `CREATE TRIGGER organizations_fts_after_update AFTER UPDATE OF name, domain ON organizations BEGIN ${sqliteRefresh('organizations_fts', sqliteOrganizationDocument, 'old.id')} END`,
  `CREATE TRIGGER organizations_fts_after_delete AFTER DELETE ON organizations BEGIN DELETE FROM organizations_fts WHERE rowid = old.id; END`,
  `CREATE TRIGGER organization_aliases_fts_after_insert AFTER INSERT ON organization_aliases BEGIN ${sqliteRefresh('organizations_fts', sqliteOrganizationDocument, 'new.organization_id')} END`,
  `CREATE TRIGGER organization_aliases_fts_after_delete AFTER DELETE ON organization_aliases BEGIN ${sqliteRefresh('organizations_fts', sqliteOrganizationDocument, 'old.organization_id')} END`,
  `CREATE TRIGGER organization_aliases_fts_after_update AFTER UPDATE ON organization_aliases BEGIN
     ${sqliteRefresh('organizations_fts', sqliteOrganizationDocument, 'old.organization_id')} ${sqliteRefresh('organizations_fts', sqliteOrganizationDocument, 'new.organization_id')} END`,

  // The rows already in: one statement per index.
  sqliteLeadDocuments('1 = 1'),
  `INSERT INTO people_fts (rowid, name, emails, phones, job_title) SELECT p.id, p.name, ${PERSON_EMAILS('p.id')}, ${PERSON_PHONES('p.id')}, p.job_title FROM people p`,
  `INSERT INTO organizations_fts (rowid, name, aliases, domain) SELECT o.id, o.name, ${ORG_ALIASES('o.id')}, o.domain FROM organizations o`,
]

const words = (text: string, weight: string) => `setweight(to_tsvector('simple'::regconfig, baton_search_words(${text})), '${weight}')`
const pgList = (column: string, table: string, key: string, id: string, order = 'position') =>
  `coalesce((SELECT string_agg(x.${column}, ' ' ORDER BY x.${order}) FROM ${table} x WHERE x.${key} = ${id}), '')`

/** The same for PostgreSQL: the three index tables, their refresh functions and triggers. */
export const POSTGRES_SEARCH = [
  `CREATE TABLE people_fts (id bigint PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE, words tsvector NOT NULL)`,
  `CREATE INDEX people_fts_words ON people_fts USING gin (words)`,
  `CREATE FUNCTION baton_refresh_people_fts(person bigint) RETURNS void LANGUAGE sql SET search_path FROM CURRENT AS $$
     DELETE FROM people_fts WHERE id = person;
     INSERT INTO people_fts (id, words)
     SELECT p.id, ${words('p.name', 'A')}
       || ${words(`coalesce(p.email, '') || ' ' || ${pgList('email', 'person_emails', 'person_id', 'p.id')}`, 'B')}
       || ${words(`coalesce(p.phone, '') || ' ' || ${pgList('phone', 'person_phones', 'person_id', 'p.id')}`, 'C')}
       || ${words('p.job_title', 'D')}
     FROM people p WHERE p.id = person;
   $$`,
  `CREATE FUNCTION baton_people_fts_row() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     PERFORM baton_refresh_people_fts(NEW.id);
     RETURN NULL;
   END $$`,
  `CREATE TRIGGER people_fts_refresh AFTER INSERT OR UPDATE OF name, email, phone, job_title ON people FOR EACH ROW EXECUTE FUNCTION baton_people_fts_row()`,
  `CREATE FUNCTION baton_person_contacts_fts_row() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     IF TG_OP <> 'INSERT' THEN PERFORM baton_refresh_people_fts(OLD.person_id); END IF;
     IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.person_id IS DISTINCT FROM OLD.person_id) THEN PERFORM baton_refresh_people_fts(NEW.person_id); END IF;
     RETURN NULL;
   END $$`,
  ...['person_emails', 'person_phones'].map(
    (table) => `CREATE TRIGGER ${table}_fts_refresh AFTER INSERT OR UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION baton_person_contacts_fts_row()`,
  ),

  `CREATE TABLE organizations_fts (id bigint PRIMARY KEY REFERENCES organizations(id) ON DELETE CASCADE, words tsvector NOT NULL)`,
  `CREATE INDEX organizations_fts_words ON organizations_fts USING gin (words)`,
  `CREATE FUNCTION baton_refresh_organizations_fts(organization bigint) RETURNS void LANGUAGE sql SET search_path FROM CURRENT AS $$
     DELETE FROM organizations_fts WHERE id = organization;
     INSERT INTO organizations_fts (id, words)
     SELECT o.id, ${words('o.name', 'A')}
       || ${words(`coalesce((SELECT string_agg(a.alias, ' ' ORDER BY a.alias) FROM organization_aliases a WHERE a.organization_id = o.id), '')`, 'B')}
       || ${words('o.domain', 'C')}
     FROM organizations o WHERE o.id = organization;
   $$`,
  `CREATE FUNCTION baton_organizations_fts_row() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     PERFORM baton_refresh_organizations_fts(NEW.id);
     RETURN NULL;
   END $$`,
  `CREATE TRIGGER organizations_fts_refresh AFTER INSERT OR UPDATE OF name, domain ON organizations FOR EACH ROW EXECUTE FUNCTION baton_organizations_fts_row()`,
  `CREATE FUNCTION baton_organization_aliases_fts_row() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     IF TG_OP <> 'INSERT' THEN PERFORM baton_refresh_organizations_fts(OLD.organization_id); END IF;
     IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.organization_id IS DISTINCT FROM OLD.organization_id) THEN PERFORM baton_refresh_organizations_fts(NEW.organization_id); END IF;
     RETURN NULL;
   END $$`,
  `CREATE TRIGGER organization_aliases_fts_refresh AFTER INSERT OR UPDATE OR DELETE ON organization_aliases FOR EACH ROW EXECUTE FUNCTION baton_organization_aliases_fts_row()`,

  `CREATE TABLE leads_fts (id bigint PRIMARY KEY REFERENCES leads(id) ON DELETE CASCADE, words tsvector NOT NULL)`,
  `CREATE INDEX leads_fts_words ON leads_fts USING gin (words)`,
  `CREATE FUNCTION baton_refresh_leads_fts(lead bigint) RETURNS void LANGUAGE sql SET search_path FROM CURRENT AS $$
     DELETE FROM leads_fts WHERE id = lead;
     INSERT INTO leads_fts (id, words)
     SELECT l.id, ${words(`coalesce(l.title, '') || ' ' || coalesce(p.name, '')`, 'A')}
       || ${words(`coalesce(o.name, '') || ' ' || ${pgList('alias', 'organization_aliases', 'organization_id', 'l.organization_id', 'alias')}`, 'B')}
       || ${words(`coalesce(p.email, '') || ' ' || ${pgList('email', 'person_emails', 'person_id', 'l.person_id')}`, 'C')}
       || ${words('l.notes', 'D')}
     FROM leads l LEFT JOIN people p ON p.id = l.person_id LEFT JOIN organizations o ON o.id = l.organization_id
     WHERE l.id = lead;
   $$`,
  `CREATE FUNCTION baton_leads_fts_row() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     PERFORM baton_refresh_leads_fts(NEW.id);
     RETURN NULL;
   END $$`,
  `CREATE TRIGGER leads_fts_refresh AFTER INSERT OR UPDATE OF title, notes, person_id, organization_id ON leads FOR EACH ROW EXECUTE FUNCTION baton_leads_fts_row()`,
  // A person's or an organisation's name, emails or aliases are in their deals' documents too.
  `CREATE FUNCTION baton_refresh_leads_fts_of(person bigint, organization bigint) RETURNS void LANGUAGE sql SET search_path FROM CURRENT AS $$
     SELECT baton_refresh_leads_fts(id) FROM leads WHERE person_id = person OR organization_id = organization;
   $$`,
  `CREATE FUNCTION baton_party_leads_fts_row() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     IF TG_TABLE_NAME = 'people' THEN PERFORM baton_refresh_leads_fts_of(NEW.id, NULL);
     ELSIF TG_TABLE_NAME = 'organizations' THEN PERFORM baton_refresh_leads_fts_of(NULL, NEW.id);
     ELSIF TG_TABLE_NAME = 'person_emails' THEN
       IF TG_OP <> 'INSERT' THEN PERFORM baton_refresh_leads_fts_of(OLD.person_id, NULL); END IF;
       IF TG_OP <> 'DELETE' THEN PERFORM baton_refresh_leads_fts_of(NEW.person_id, NULL); END IF;
     ELSE
       IF TG_OP <> 'INSERT' THEN PERFORM baton_refresh_leads_fts_of(NULL, OLD.organization_id); END IF;
       IF TG_OP <> 'DELETE' THEN PERFORM baton_refresh_leads_fts_of(NULL, NEW.organization_id); END IF;
     END IF;
     RETURN NULL;
   END $$`,
  `CREATE TRIGGER people_leads_fts_refresh AFTER UPDATE OF name, email ON people FOR EACH ROW EXECUTE FUNCTION baton_party_leads_fts_row()`,
  `CREATE TRIGGER organizations_leads_fts_refresh AFTER UPDATE OF name ON organizations FOR EACH ROW EXECUTE FUNCTION baton_party_leads_fts_row()`,
  `CREATE TRIGGER person_emails_leads_fts_refresh AFTER INSERT OR UPDATE OR DELETE ON person_emails FOR EACH ROW EXECUTE FUNCTION baton_party_leads_fts_row()`,
  `CREATE TRIGGER organization_aliases_leads_fts_refresh AFTER INSERT OR UPDATE OR DELETE ON organization_aliases FOR EACH ROW EXECUTE FUNCTION baton_party_leads_fts_row()`,

  // The rows already in.
  `SELECT baton_refresh_people_fts(id) FROM people`,
  `SELECT baton_refresh_organizations_fts(id) FROM organizations`,
  `SELECT baton_refresh_leads_fts(id) FROM leads`,
]
