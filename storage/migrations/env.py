"""Alembic environment: always run on a connection handed over by `storage.migrate`."""

from alembic import context
from sqlmodel import SQLModel

import thabat.storage.models  # noqa: F401  (registers the tables on the metadata)
from thabat.storage.search_index import include_name

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
    compare_type=True,
    include_name=include_name,  # the FTS table is made by hand, not by the models
)
with context.begin_transaction():
    context.run_migrations()
