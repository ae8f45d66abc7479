"""release number sequences per office and year (issue 14)

Revision ID: 0002_i14_release_sequences
Revises: 0002_i19_export_format
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_i14_release_sequences"
down_revision: str | None = "0002_i19_export_format"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "release_sequences",
        sa.Column("office", sa.String(length=200), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("office", "year", name=op.f("pk_release_sequences")),
    )


def downgrade() -> None:
    op.drop_table("release_sequences")
