"""export records carry their format (docx, pdf, whatsapp, html)

Revision ID: 0002_i19_export_format
Revises: 0001
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = "0002_i19_export_format"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # every record made before this revision was a DOCX export
    op.add_column(
        "export_records",
        sa.Column("format", sa.String(16), nullable=False, server_default="docx"),
    )


def downgrade() -> None:
    with op.batch_alter_table("export_records") as batch:
        batch.drop_column("format")
