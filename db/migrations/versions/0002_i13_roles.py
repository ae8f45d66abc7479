"""team desk security: login roles per person, group roles per desk role, guarded workflow

Revision ID: 0002_i13_roles
Revises: 0002_i14_release_sequences
Create Date: 2026-12-02

On every backend: ``import_sources`` (the SHA-256 of each imported draft, so a re-run or a second
importer skips it). On PostgreSQL, PostgreSQL itself enforces who may do what:

- three group roles ``sunting_writer`` < ``sunting_editor`` < ``sunting_admin`` (each a member of
  the next lower one); every person logs in as their own role, a member of one group
  (``sunting_add_user``, a SECURITY DEFINER function only admins may call);
- the groups may read every table; writes are granted column by column: nobody but the owner
  may UPDATE or DELETE workflow state (``articles.status``, ``approved_revision_id``,
  ``reviewer_id``), the users table or the history tables (``status_changes``, ``audit_events``,
  ``export_records`` are INSERT-only);
- every row a person inserts is stamped with *their* user id by a trigger (author_id/user_id
  from ``session_user``), so the history names who really acted;
- state changes go through ``sunting_step`` (SECURITY DEFINER, fixed search_path), which checks
  the state, the caller's desk role and the four-eyes rule: the approver wrote no revision of
  the text being approved;
- only the database owner turns team mode on or off.

Group roles are cluster-wide: one PostgreSQL cluster serves one desk's people.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_i13_roles"
down_revision: str | None = "0002_i14_release_sequences"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GROUPS = ("sunting_writer", "sunting_editor", "sunting_admin")

# (table, column holding the acting user) stamped from session_user on INSERT
STAMPED = (
    ("articles", "author_id"),
    ("revisions", "author_id"),
    ("status_changes", "user_id"),
    ("audit_events", "user_id"),
    ("comments", "user_id"),
    ("finding_decisions", "user_id"),
    ("dictionary_entries", "user_id"),
    ("export_records", "user_id"),
    ("import_sources", "user_id"),
)

ROLES_SQL = """
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'sunting_writer') THEN
        CREATE ROLE sunting_writer NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'sunting_editor') THEN
        CREATE ROLE sunting_editor NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'sunting_admin') THEN
        CREATE ROLE sunting_admin NOLOGIN;
    END IF;
    IF NOT pg_has_role('sunting_editor', 'sunting_writer', 'MEMBER') THEN
        GRANT sunting_writer TO sunting_editor;
    END IF;
    IF NOT pg_has_role('sunting_admin', 'sunting_editor', 'MEMBER') THEN
        GRANT sunting_editor TO sunting_admin;
    END IF;
END
$$;
"""

GRANTS_SQL = """
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO sunting_writer;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO sunting_writer;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO sunting_writer;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE ON SEQUENCES TO sunting_writer;
GRANT INSERT ON articles, revisions, finding_counts, finding_decisions, comments, audit_events,
    import_sources, status_changes TO sunting_writer;
GRANT UPDATE (title, language, release_number, dateline_place, contact_person,
    current_revision_id, version, updated_at) ON articles TO sunting_writer;
GRANT UPDATE (checked_at) ON revisions TO sunting_writer;
GRANT DELETE ON finding_counts TO sunting_writer;
GRANT UPDATE (resolved, resolved_by_id, resolved_at) ON comments TO sunting_writer;
GRANT INSERT ON export_records TO sunting_editor;
-- the per-office, per-year release numbers are drawn at an editor's first export
GRANT INSERT, UPDATE ON release_sequences TO sunting_editor;
GRANT INSERT, UPDATE, DELETE ON dictionary_entries, settings TO sunting_admin;
"""

FUNCTIONS_SQL = r"""
CREATE FUNCTION sunting_owner() RETURNS oid
LANGUAGE sql STABLE SET search_path = pg_catalog, public AS $$
    SELECT relowner FROM pg_class WHERE oid = 'public.articles'::regclass
$$;

-- the current_user (not the session's) owns the desk: the owner's own session, or a SECURITY
-- DEFINER function of the owner. Deliberately SECURITY INVOKER.
CREATE FUNCTION sunting_is_owner() RETURNS boolean
LANGUAGE sql STABLE SET search_path = pg_catalog, public AS $$
    SELECT pg_has_role(current_user, sunting_owner(), 'MEMBER')
$$;

CREATE FUNCTION sunting_desk_role(who name) RETURNS text
LANGUAGE sql STABLE SET search_path = pg_catalog, public AS $$
    SELECT CASE
        WHEN pg_has_role(who, sunting_owner(), 'MEMBER') THEN 'owner'
        WHEN pg_has_role(who, 'sunting_admin', 'MEMBER') THEN 'admin'
        WHEN pg_has_role(who, 'sunting_editor', 'MEMBER') THEN 'editor'
        WHEN pg_has_role(who, 'sunting_writer', 'MEMBER') THEN 'writer'
    END
$$;

CREATE FUNCTION sunting_rank(role text) RETURNS integer
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog AS $$
    SELECT CASE role WHEN 'owner' THEN 4 WHEN 'admin' THEN 3 WHEN 'editor' THEN 2
                     WHEN 'writer' THEN 1 ELSE 0 END
$$;

CREATE FUNCTION sunting_uid() RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT id FROM public.users WHERE name = session_user AND active
$$;

CREATE FUNCTION sunting_stamp() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    uid integer := sunting_uid();
BEGIN
    IF uid IS NULL THEN
        IF pg_has_role(session_user, sunting_owner(), 'MEMBER') THEN
            RETURN NEW;  -- the owner before its own user row exists (migrations, setup)
        END IF;
        RAISE EXCEPTION 'Peran % bukan pengguna aktif meja ini.', session_user
            USING ERRCODE = '42501';
    END IF;
    NEW := jsonb_populate_record(NEW, jsonb_build_object(TG_ARGV[0], uid));
    RETURN NEW;
END
$$;

CREATE FUNCTION sunting_guard_articles() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
BEGIN
    IF sunting_is_owner() THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF NEW.status <> 'draft' OR NEW.approved_revision_id IS NOT NULL
                OR NEW.reviewer_id IS NOT NULL THEN
            RAISE EXCEPTION 'Rilis baru selalu berstatus draf.' USING ERRCODE = '42501';
        END IF;
    ELSIF NEW.current_revision_id IS DISTINCT FROM OLD.current_revision_id
            AND NOT EXISTS (SELECT 1 FROM revisions v WHERE v.id = NEW.current_revision_id
                            AND v.article_id = NEW.id AND NOT v.conflict) THEN
        RAISE EXCEPTION 'Revisi #% bukan revisi artikel #%.', NEW.current_revision_id, NEW.id
            USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END
$$;

CREATE FUNCTION sunting_guard_status_changes() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
BEGIN
    IF sunting_is_owner() THEN
        RETURN NEW;
    END IF;
    -- outside sunting_step only the first entry of a new release may be written
    IF NEW.from_status IS NOT NULL OR NEW.to_status <> 'draft'
            OR EXISTS (SELECT 1 FROM status_changes c WHERE c.article_id = NEW.article_id) THEN
        RAISE EXCEPTION 'Perubahan status hanya lewat langkah alur kerja (sunting_step).'
            USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END
$$;

CREATE FUNCTION sunting_guard_settings() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
BEGIN
    IF NOT sunting_is_owner()
            AND (CASE TG_OP WHEN 'DELETE' THEN OLD.key ELSE NEW.key END) = 'team_mode' THEN
        RAISE EXCEPTION 'Hanya pemilik basis data yang dapat mengubah mode tim.'
            USING ERRCODE = '42501';
    END IF;
    RETURN CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END;
END
$$;

CREATE FUNCTION sunting_step(p_article integer, p_step text, p_comment text,
                             p_version integer) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    a public.articles%ROWTYPE;
    uid integer := sunting_uid();
    role text := sunting_desk_role(session_user);
    team boolean;
    enforce boolean;
    sources text[];
    target text;
    need text;
    current_number integer;
BEGIN
    IF uid IS NULL THEN
        RAISE EXCEPTION 'Peran % bukan pengguna aktif meja ini.', session_user
            USING ERRCODE = '42501';
    END IF;
    SELECT * INTO a FROM public.articles WHERE id = p_article FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'Artikel #% tidak ada.', p_article USING ERRCODE = 'P0002';
    END IF;
    IF p_version IS NOT NULL AND a.version <> p_version THEN
        RAISE EXCEPTION 'Artikel #% baru saja diubah; coba lagi.', p_article
            USING ERRCODE = '40001';
    END IF;
    CASE p_step
        WHEN 'submit' THEN
            sources := '{draft,changes_requested}'; target := 'in_review'; need := 'writer';
        WHEN 'request_changes' THEN
            sources := '{in_review,approved}'; target := 'changes_requested'; need := 'editor';
        WHEN 'approve' THEN
            sources := '{in_review}'; target := 'approved'; need := 'editor';
        WHEN 'archive' THEN
            sources := '{draft,in_review,changes_requested,approved,exported}';
            target := 'archived'; need := 'editor';
        WHEN 'restore' THEN
            sources := '{archived}'; target := 'draft'; need := 'editor';
        WHEN 'export' THEN
            sources := '{approved}'; target := 'exported'; need := 'editor';
        WHEN 'reopen' THEN
            sources := '{approved,exported}'; target := 'in_review'; need := 'writer';
        ELSE
            RAISE EXCEPTION 'Langkah tidak dikenal: %', p_step USING ERRCODE = '22023';
    END CASE;
    IF NOT (a.status = ANY (sources)) THEN
        RAISE EXCEPTION 'Artikel #% berstatus %; langkah % tidak berlaku.', a.id, a.status, p_step
            USING ERRCODE = '55000';
    END IF;
    SELECT COALESCE(bool_or(value::text = 'true'), false) INTO team
        FROM public.settings WHERE key = 'team_mode';
    enforce := team OR role IS DISTINCT FROM 'owner';
    IF enforce THEN
        IF p_step IN ('archive', 'restore') AND a.author_id = uid THEN
            need := 'writer';
        END IF;
        IF sunting_rank(role) < sunting_rank(need) THEN
            RAISE EXCEPTION '% (%) tidak berhak menjalankan langkah %.', session_user,
                COALESCE(role, 'bukan pengguna'), p_step USING ERRCODE = '42501';
        END IF;
        SELECT number INTO current_number FROM public.revisions WHERE id = a.current_revision_id;
        IF p_step = 'approve' AND EXISTS (
                SELECT 1 FROM public.revisions v
                WHERE v.article_id = a.id AND v.author_id = uid AND v.number <= current_number) THEN
            RAISE EXCEPTION 'Anda ikut menulis teks revisi yang akan disetujui; penyetuju harus orang lain.'
                USING ERRCODE = '42501';
        END IF;
    END IF;
    IF p_step = 'reopen' AND a.current_revision_id IS NOT DISTINCT FROM a.approved_revision_id THEN
        RAISE EXCEPTION 'Artikel #% belum disunting sejak disetujui.', a.id
            USING ERRCODE = '55000';
    END IF;
    UPDATE public.articles SET
        status = target,
        version = version + 1,
        updated_at = now(),
        approved_revision_id = CASE
            WHEN p_step = 'approve' THEN a.current_revision_id
            WHEN p_step IN ('request_changes', 'reopen') THEN NULL
            ELSE approved_revision_id END,
        reviewer_id = CASE WHEN p_step IN ('approve', 'request_changes') THEN uid
                           ELSE reviewer_id END
    WHERE id = a.id;
    INSERT INTO public.status_changes
        (article_id, revision_id, from_status, to_status, user_id, created_at, comment)
        VALUES (a.id, a.current_revision_id, a.status, target, uid, now(),
                NULLIF(btrim(p_comment), ''));
    RETURN a.version + 1;
END
$$;

CREATE FUNCTION sunting_add_user(p_name text, p_role text, p_verifier text) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    r pg_roles%ROWTYPE;
    uid integer;
    by_uid integer := sunting_uid();
BEGIN
    IF sunting_rank(sunting_desk_role(session_user)) < sunting_rank('admin') THEN
        RAISE EXCEPTION 'Hanya admin yang dapat mengelola pengguna.' USING ERRCODE = '42501';
    END IF;
    IF p_role NOT IN ('writer', 'editor', 'admin') THEN
        RAISE EXCEPTION 'Peran tidak dikenal: %', p_role USING ERRCODE = '22023';
    END IF;
    IF p_name !~ '^[a-z_][a-z0-9_]{0,62}$' OR p_name LIKE 'sunting\_%' OR p_name LIKE 'pg\_%' THEN
        RAISE EXCEPTION 'Nama pengguna % tidak dapat dipakai.', p_name USING ERRCODE = '22023';
    END IF;
    SELECT * INTO r FROM pg_roles WHERE rolname = p_name;
    IF FOUND THEN
        -- only a role a Sunting desk made (marked by its comment) may be changed: never a
        -- superuser, the owner or any other role of the server
        IF r.rolsuper OR r.rolcreaterole OR r.rolcreatedb OR r.rolreplication OR r.rolbypassrls
                OR pg_has_role(p_name, sunting_owner(), 'MEMBER')
                OR shobj_description(r.oid, 'pg_authid') IS DISTINCT FROM 'sunting desk user' THEN
            RAISE EXCEPTION 'Peran % sudah ada di server dan bukan pengguna meja; pilih nama lain.',
                p_name USING ERRCODE = '42501';
        END IF;
        EXECUTE format('ALTER ROLE %I LOGIN', p_name);
    ELSE
        EXECUTE format('CREATE ROLE %I LOGIN', p_name);
        EXECUTE format('COMMENT ON ROLE %I IS %L', p_name, 'sunting desk user');
    END IF;
    IF p_verifier IS NOT NULL THEN
        IF p_verifier !~ '^SCRAM-SHA-256\$' THEN
            RAISE EXCEPTION 'Kata sandi harus dikirim sebagai verifier SCRAM.'
                USING ERRCODE = '22023';
        END IF;
        EXECUTE format('ALTER ROLE %I PASSWORD %L', p_name, p_verifier);
    END IF;
    EXECUTE format('REVOKE sunting_writer, sunting_editor, sunting_admin FROM %I', p_name);
    EXECUTE format('GRANT %I TO %I', 'sunting_' || p_role, p_name);
    INSERT INTO public.users (name, role, active, created_at) VALUES (p_name, p_role, true, now())
        ON CONFLICT (name) DO UPDATE SET role = EXCLUDED.role, active = true
        RETURNING id INTO uid;
    INSERT INTO public.audit_events (article_id, action, detail, user_id, created_at)
        VALUES (NULL, 'user.set', json_build_object('name', p_name, 'role', p_role), by_uid, now());
    RETURN uid;
END
$$;

CREATE FUNCTION sunting_remove_user(p_name text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    IF sunting_rank(sunting_desk_role(session_user)) < sunting_rank('admin') THEN
        RAISE EXCEPTION 'Hanya admin yang dapat mengelola pengguna.' USING ERRCODE = '42501';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM public.users WHERE name = p_name) THEN
        RAISE EXCEPTION 'Pengguna % tidak ada.', p_name USING ERRCODE = 'P0002';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_name) THEN
        IF pg_has_role(p_name, sunting_owner(), 'MEMBER') THEN
            RAISE EXCEPTION 'Pemilik basis data tidak dapat dihapus dari meja.'
                USING ERRCODE = '42501';
        END IF;
        EXECUTE format('REVOKE sunting_writer, sunting_editor, sunting_admin FROM %I', p_name);
        EXECUTE format('ALTER ROLE %I NOLOGIN', p_name);
    END IF;
    UPDATE public.users SET active = false WHERE name = p_name;
    INSERT INTO public.audit_events (article_id, action, detail, user_id, created_at)
        VALUES (NULL, 'user.deactivate', json_build_object('name', p_name), sunting_uid(), now());
END
$$;

REVOKE ALL ON FUNCTION sunting_step(integer, text, text, integer),
    sunting_add_user(text, text, text), sunting_remove_user(text), sunting_uid() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION sunting_step(integer, text, text, integer), sunting_uid()
    TO sunting_writer;
GRANT EXECUTE ON FUNCTION sunting_add_user(text, text, text), sunting_remove_user(text)
    TO sunting_admin;

CREATE TRIGGER sunting_guard BEFORE INSERT OR UPDATE ON articles
    FOR EACH ROW EXECUTE FUNCTION sunting_guard_articles();
CREATE TRIGGER sunting_guard BEFORE INSERT ON status_changes
    FOR EACH ROW EXECUTE FUNCTION sunting_guard_status_changes();
CREATE TRIGGER sunting_guard BEFORE INSERT OR UPDATE OR DELETE ON settings
    FOR EACH ROW EXECUTE FUNCTION sunting_guard_settings();
"""

DROP_SQL = """
DROP TRIGGER IF EXISTS sunting_guard ON articles;
DROP TRIGGER IF EXISTS sunting_guard ON status_changes;
DROP TRIGGER IF EXISTS sunting_guard ON settings;
DROP FUNCTION IF EXISTS sunting_step(integer, text, text, integer);
DROP FUNCTION IF EXISTS sunting_add_user(text, text, text);
DROP FUNCTION IF EXISTS sunting_remove_user(text);
DROP FUNCTION IF EXISTS sunting_guard_articles();
DROP FUNCTION IF EXISTS sunting_guard_status_changes();
DROP FUNCTION IF EXISTS sunting_guard_settings();
DROP FUNCTION IF EXISTS sunting_stamp() CASCADE;
DROP FUNCTION IF EXISTS sunting_uid();
DROP FUNCTION IF EXISTS sunting_rank(text);
DROP FUNCTION IF EXISTS sunting_desk_role(name);
DROP FUNCTION IF EXISTS sunting_is_owner();
DROP FUNCTION IF EXISTS sunting_owner();
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM sunting_writer, sunting_editor, sunting_admin;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM sunting_writer;
ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE SELECT ON TABLES FROM sunting_writer;
ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE USAGE ON SEQUENCES FROM sunting_writer;
"""


def upgrade() -> None:
    op.create_table(
        "import_sources",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("source_name", sa.String(length=500), nullable=True),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_import_sources_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_import_sources_user_id_users")
        ),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_import_sources")),
    )
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(ROLES_SQL)
    op.execute(GRANTS_SQL)
    op.execute(FUNCTIONS_SQL)
    for table, column in STAMPED:
        op.execute(
            f"CREATE TRIGGER sunting_stamp BEFORE INSERT ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION sunting_stamp('{column}')"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(DROP_SQL)  # the group roles stay: other desks of the cluster may use them
    op.drop_table("import_sources")
