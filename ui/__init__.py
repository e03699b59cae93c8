"""Thabat's Qt widgets: the main window, its pages and dialogs. Imports `app`, never `storage` tables."""
