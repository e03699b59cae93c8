"""Persistence for Thabat: SQLModel tables, the SQLite engine, migrations and queries.

This layer never imports Qt, `app` or `ui`.
"""
