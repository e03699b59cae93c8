"""The full-text index's names, without SQLAlchemy: the command line's search reads it with sqlite3 alone.

storage/search_index.py builds and maintains the index under these names.
"""

from thabat.storage.search_text import FORMAT

TABLE = "search_index"
FORMAT_TABLE = f"{TABLE}_format"  # its name starts with TABLE: Alembic leaves it alone (include_name)
KINDS = ("reflection", "entry", "rejection", "application", "contact")
PENDING = f"{TABLE}_pending"  # the documents writes touched, not indexed yet (storage/search_sync.py)
INDEX_FORMAT = f"{FORMAT}.q1"
"""What `search_index_format` records: the text's normal form, then the bookkeeping's version. "q1": kept
in step by triggers and a queue (storage/search_sync.py); journals indexed before it are re-indexed
once, which repairs whatever writes outside the ORM had left out."""
