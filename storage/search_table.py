"""The full-text index's names, without SQLAlchemy: the command line's search reads it with sqlite3 alone.

storage/search_index.py builds and maintains the index under these names.
"""

TABLE = "search_index"
FORMAT_TABLE = f"{TABLE}_format"  # its name starts with TABLE: Alembic leaves it alone (include_name)
KINDS = ("reflection", "entry", "rejection", "application", "contact")
