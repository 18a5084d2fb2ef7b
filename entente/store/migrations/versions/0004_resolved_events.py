"""The read side in the database: a resolved-events table (every event with the corrections in force
applied), link tables for an event's countries, themes and documents with indexes for the filters, one store
version and the log of which events each version re-resolved. Existing stores are resolved once here; their
events and corrections are kept as they are.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

from entente.store import resolved

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _link(name: str, column: str, width: int) -> None:
    op.create_table(
        name,
        sa.Column("event_id", sa.String(128), sa.ForeignKey("resolved_events.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column(column, sa.String(width), primary_key=True),
        sqlite_with_rowid=False,
    )
    op.create_index(f"ix_{name}_{column}", name, [column, "event_id"])


def upgrade() -> None:
    op.create_table(
        "resolved_events",
        sa.Column("id", sa.String(128), primary_key=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("start", sa.String(32)),
        sa.Column("end", sa.String(32)),
        sa.Column("start_date", sa.String(10)),
        sa.Column("end_date", sa.String(10)),
        sa.Column("first_year", sa.Integer),
        sa.Column("last_year", sa.Integer),
        sa.Column("precision", sa.String(16)),
        sa.Column("location", sa.Text),
        sa.Column("location_country", sa.String(2)),
        sa.Column("countries", sa.JSON, nullable=False),
        sa.Column("counterpart", sa.String(2), nullable=False),
        sa.Column("themes", sa.JSON, nullable=False),
        sa.Column("participants", sa.JSON, nullable=False),
        sa.Column("document_ids", sa.JSON, nullable=False),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("corrected", sa.Boolean, nullable=False),
        sa.Column("merged_from", sa.JSON, nullable=False),
        sa.Column("planned", sa.Boolean, nullable=False),
    )
    op.create_index("ix_resolved_events_type", "resolved_events", ["type"])
    op.create_index("ix_resolved_events_first_year", "resolved_events", ["first_year"])
    op.create_index("ix_resolved_events_last_year", "resolved_events", ["last_year"])
    op.create_index("ix_resolved_events_timeline", "resolved_events", ["start_date", "start", "id"])
    _link("event_countries", "country", 8)
    _link("event_themes", "theme", 64)
    _link("event_documents", "document_id", 64)
    op.create_table("store_state", sa.Column("id", sa.Integer, primary_key=True),
                    sa.Column("version", sa.Integer, nullable=False),
                    sa.Column("log_from", sa.Integer, nullable=False, server_default="0"))
    op.create_table("resolved_changes", sa.Column("version", sa.Integer, nullable=False),
                    sa.Column("event_id", sa.String(128), nullable=False))
    op.create_index("ix_resolved_changes_version", "resolved_changes", ["version"])
    # The events and corrections already stored, resolved with today's rules (as every later write is).
    resolved.rebuild(op.get_bind())


def downgrade() -> None:
    op.drop_table("resolved_changes")
    op.drop_table("store_state")
    for name in ("event_documents", "event_themes", "event_countries"):
        op.drop_table(name)
    op.drop_table("resolved_events")
