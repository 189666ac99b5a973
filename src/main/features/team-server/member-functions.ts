import { sql, type Kysely } from 'kysely'

// The only way a team's logins change: five functions in the schema `baton_team`, owned by
// the NOLOGIN role `<db>_admin` (the one role with CREATEROLE) and run with its rights
// (SECURITY DEFINER). Only the team's owners may call them; each checks its arguments, so an
// owner cannot use them to make a superuser or touch a role that is not one of this team's
// logins. The owners themselves never hold CREATEROLE. Passwords arrive as SCRAM verifiers.
//
// A login this team made is one `<db>_admin` belongs to (it grants itself each new login, which
// is also what lets it end that login's sessions).

const FUNCTIONS = [
  `CREATE FUNCTION baton_team.assert_owner() RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
   BEGIN
     IF NOT pg_has_role(session_user, current_database() || '_owner', 'MEMBER') THEN
       RAISE EXCEPTION 'only the team''s owners may change its members' USING ERRCODE = '42501';
     END IF;
   END $$`,
  `CREATE FUNCTION baton_team.assert_team_login(login text) RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
   BEGIN
     IF NOT EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = login AND left(r.rolname, length(current_database()) + 1) = current_database() || '_'
                    AND NOT r.rolsuper AND pg_has_role(current_user, r.oid, 'MEMBER')) THEN
       RAISE EXCEPTION '% is not a login of this team', login USING ERRCODE = '42704';
     END IF;
   END $$`,
  `CREATE FUNCTION baton_team.assert_keeps_an_owner(login text) RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
   BEGIN
     IF pg_has_role(login, current_database() || '_owner', 'MEMBER') AND (
       SELECT count(*) FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member
       WHERE m.roleid = (SELECT oid FROM pg_roles WHERE rolname = current_database() || '_owner') AND r.rolcanlogin AND r.rolname <> login
     ) = 0 THEN
       RAISE EXCEPTION 'the team needs at least one owner' USING ERRCODE = '2BP01';
     END IF;
   END $$`,
  `CREATE FUNCTION baton_team.add_login(login text, verifier text, team_role text) RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
   DECLARE db text := current_database();
   BEGIN
     PERFORM baton_team.assert_owner();
     IF team_role NOT IN ('owner', 'member', 'viewer') THEN RAISE EXCEPTION 'unknown role %', team_role USING ERRCODE = '22023'; END IF;
     IF login !~ ('^' || db || '_[a-z0-9_]+$') OR login IN (db || '_owner', db || '_member', db || '_viewer', db || '_admin') OR length(login) > 63 THEN
       RAISE EXCEPTION 'unusable login name %', login USING ERRCODE = '22023';
     END IF;
     IF verifier !~ '^SCRAM-SHA-256\\$' THEN RAISE EXCEPTION 'a password must arrive as a SCRAM verifier' USING ERRCODE = '22023'; END IF;
     EXECUTE format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS INHERIT CONNECTION LIMIT 20 PASSWORD %L', login, verifier);
     EXECUTE format('GRANT %I TO %I', db || '_' || team_role, login);
     EXECUTE format('GRANT %I TO %I', login, db || '_admin');
   END $$`,
  `CREATE FUNCTION baton_team.set_password(login text, verifier text) RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
   BEGIN
     PERFORM baton_team.assert_owner();
     PERFORM baton_team.assert_team_login(login);
     IF verifier !~ '^SCRAM-SHA-256\\$' THEN RAISE EXCEPTION 'a password must arrive as a SCRAM verifier' USING ERRCODE = '22023'; END IF;
     EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', login, verifier);
   END $$`,
  `CREATE FUNCTION baton_team.set_role(login text, team_role text) RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
   DECLARE db text := current_database(); r text;
   BEGIN
     PERFORM baton_team.assert_owner();
     PERFORM baton_team.assert_team_login(login);
     IF team_role NOT IN ('owner', 'member', 'viewer') THEN RAISE EXCEPTION 'unknown role %', team_role USING ERRCODE = '22023'; END IF;
     IF team_role <> 'owner' THEN PERFORM baton_team.assert_keeps_an_owner(login); END IF;
     FOREACH r IN ARRAY ARRAY['owner', 'member', 'viewer'] LOOP
       IF r <> team_role AND pg_has_role(login, db || '_' || r, 'MEMBER') THEN EXECUTE format('REVOKE %I FROM %I', db || '_' || r, login); END IF;
     END LOOP;
     EXECUTE format('GRANT %I TO %I', db || '_' || team_role, login);
   END $$`,
  // Stops the login at once: no new sign-in, and no rights left for a session still open.
  `CREATE FUNCTION baton_team.disable_login(login text) RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
   DECLARE db text := current_database(); r text;
   BEGIN
     PERFORM baton_team.assert_owner();
     PERFORM baton_team.assert_team_login(login);
     PERFORM baton_team.assert_keeps_an_owner(login);
     EXECUTE format('ALTER ROLE %I NOLOGIN PASSWORD NULL', login);
     FOREACH r IN ARRAY ARRAY['owner', 'member', 'viewer'] LOOP
       IF pg_has_role(login, db || '_' || r, 'MEMBER') THEN EXECUTE format('REVOKE %I FROM %I', db || '_' || r, login); END IF;
     END LOOP;
   END $$`,
  // After disable_login has committed (so a session that is cut off cannot sign in again):
  // ends the login's open sessions, then drops it when nothing depends on it.
  `CREATE FUNCTION baton_team.end_sessions(login text) RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
   DECLARE ended integer := 0; session record;
   BEGIN
     PERFORM baton_team.assert_owner();
     PERFORM baton_team.assert_team_login(login);
     IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login AND rolcanlogin) THEN
       RAISE EXCEPTION '% may still sign in: disable it first', login USING ERRCODE = '55000';
     END IF;
     -- One session at a time: in a WHERE clause the planner could call pg_terminate_backend
     -- before the test of whose session it is.
     FOR session IN SELECT a.pid FROM pg_stat_activity a WHERE a.usename = login LOOP
       IF pg_terminate_backend(session.pid) THEN ended := ended + 1; END IF;
     END LOOP;
     BEGIN
       EXECUTE format('DROP ROLE %I', login);
     EXCEPTION WHEN dependent_objects_still_exist OR object_in_use THEN
       NULL; -- it keeps existing, unable to sign in and with no rights
     END;
     RETURN ended;
   END $$`,
]

/**
 * Makes the schema `baton_team` and its functions, owned by `<database>_admin`, callable by
 * the owners only. Runs as the server's administrator while the team is set up.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- works on the catalog and its own schema, not Baton's tables
export async function installMemberFunctions(db: Kysely<any>, database: string): Promise<void> {
  const admin = `"${database}_admin"`
  const owner = `"${database}_owner"`
  await sql.raw(`CREATE SCHEMA baton_team AUTHORIZATION ${admin}`).execute(db)
  await sql.raw(`SET ROLE ${admin}`).execute(db)
  try {
    for (const statement of FUNCTIONS) await sql.raw(statement).execute(db)
    await sql.raw(`REVOKE ALL ON SCHEMA baton_team FROM PUBLIC`).execute(db)
    await sql.raw(`REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA baton_team FROM PUBLIC`).execute(db)
    await sql.raw(`GRANT USAGE ON SCHEMA baton_team TO ${owner}`).execute(db)
    await sql.raw(`GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA baton_team TO ${owner}`).execute(db)
  } finally {
    await sql`RESET ROLE`.execute(db)
  }
}
