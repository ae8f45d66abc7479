"""the officials registry: people, their positions, short forms and the releases naming them

Revision ID: 0003_i17_people
Revises: 0002_i13_roles
Create Date: 2026-12-02

On PostgreSQL team desks the new tables get their own privileges (new tables get nothing from
0002_i13_roles but the owner's default SELECT): every desk role reads the registry; editors (and
admins, members of the editor group) insert and update it, which is what approving a release
(the registry learns from it) and ``sunting people add|edit|merge|confirm`` do; nobody but the
owner deletes from it (a merge keeps the joined record, marked ``merged_into_id``), and the audit
log stays INSERT-only as before.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_i17_people"
down_revision: str | None = "0002_i13_roles"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("people", "person_positions", "person_short_forms", "person_mentions")

GRANTS_SQL = """
REVOKE ALL ON people, person_positions, person_short_forms, person_mentions FROM PUBLIC;
GRANT SELECT ON people, person_positions, person_short_forms, person_mentions
    TO sunting_writer;
GRANT INSERT, UPDATE ON people, person_positions, person_short_forms, person_mentions
    TO sunting_editor;
GRANT USAGE ON SEQUENCE people_id_seq, person_positions_id_seq, person_short_forms_id_seq,
    person_mentions_id_seq TO sunting_editor;
"""

REVOKE_SQL = """
REVOKE ALL ON people, person_positions, person_short_forms, person_mentions
    FROM sunting_writer, sunting_editor, sunting_admin;
"""


def _created_at() -> sa.Column:
    return sa.Column("created_at", sa.DateTime(timezone=True), nullable=False)


def _article_fk(table: str, column: str = "source_article_id") -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], ["articles.id"], name=op.f(f"fk_{table}_{column}_articles"), ondelete="SET NULL"
    )


def _person_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["person_id"], ["people.id"], name=op.f(f"fk_{table}_person_id_people")
    )


def upgrade() -> None:
    op.create_table(
        "people",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_key", sa.String(length=200), nullable=False),
        sa.Column("honorific", sa.String(length=40), nullable=False),
        sa.Column("degrees", sa.JSON(), nullable=False),
        sa.Column("rank", sa.String(length=60), nullable=False),
        sa.Column("confirmed", sa.Boolean(), nullable=False),
        sa.Column("source_article_id", sa.Integer(), nullable=True),
        sa.Column("source", sa.String(length=600), nullable=False),
        sa.Column("merged_into_id", sa.Integer(), nullable=True),
        _created_at(),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        _article_fk("people"),
        sa.ForeignKeyConstraint(
            ["merged_into_id"], ["people.id"], name=op.f("fk_people_merged_into_id_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_people")),
    )
    op.create_index("ix_people_name_key", "people", ["name_key"])
    op.create_table(
        "person_positions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("since", sa.String(length=10), nullable=True),
        sa.Column("source_article_id", sa.Integer(), nullable=True),
        sa.Column("source", sa.String(length=600), nullable=False),
        _created_at(),
        _person_fk("person_positions"),
        _article_fk("person_positions"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_positions")),
    )
    op.create_index("ix_person_positions_person", "person_positions", ["person_id", "id"])
    op.create_table(
        "person_short_forms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("form", sa.String(length=200), nullable=False),
        _created_at(),
        _person_fk("person_short_forms"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_short_forms")),
        sa.UniqueConstraint(
            "person_id", "form", name=op.f("uq_person_short_forms_person_id_form")
        ),
    )
    op.create_table(
        "person_mentions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("revision_id", sa.Integer(), nullable=False),
        sa.Column("written", sa.String(length=300), nullable=False),
        _created_at(),
        _person_fk("person_mentions"),
        sa.ForeignKeyConstraint(
            ["article_id"], ["articles.id"],
            name=op.f("fk_person_mentions_article_id_articles"), ondelete="CASCADE",
        ),  # fmt: skip
        sa.ForeignKeyConstraint(
            ["revision_id"], ["revisions.id"],
            name=op.f("fk_person_mentions_revision_id_revisions"), ondelete="CASCADE",
        ),  # fmt: skip
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_mentions")),
        sa.UniqueConstraint(
            "person_id", "revision_id", name=op.f("uq_person_mentions_person_id_revision_id")
        ),
    )
    op.create_index("ix_person_mentions_article", "person_mentions", ["article_id"])
    if op.get_bind().dialect.name == "postgresql":
        op.execute(GRANTS_SQL)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(REVOKE_SQL)
    for table in reversed(TABLES):
        op.drop_table(table)
